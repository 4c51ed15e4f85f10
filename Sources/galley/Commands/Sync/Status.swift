import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: Help.text("How this copy stands against the central repository (as of the last sync; works offline)."))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let status = try global.open().syncStatus()
                switch format {
                case .json: Terminal.print(json: SyncOutput.json(status))
                case .text: Terminal.print(SyncOutput.text(status))
                }
            }
        }
    }
}
