import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.Conflicts {
    struct ListConflicts: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text("List kept steps."))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let conflicts = try global.open().keptConflicts()
                switch format {
                case .json: Terminal.print(json: JSONValue.array(conflicts.map(SyncOutput.json)))
                case .text:
                    guard !conflicts.isEmpty else { return Terminal.print(Catalog.render(Label.noKeptSteps, in: Terminal.language)) }
                    Terminal.printTable(
                        ["ARTICLE", "N", "BY", "STEP", "KEPT AS"],
                        conflicts.map { [$0.article, String($0.number), $0.actor ?? "-", $0.subject, $0.reference] })
                }
            }
        }
    }
}
