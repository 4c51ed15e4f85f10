import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: Help.text("Exchange steps with the central repository: fetch, replay your steps on its tip, send them."),
            discussion: Help.discussion(.sync))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            var keptConflicts = false
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let report = try newsroom.sync()
                Terminal.notices(newsroom)
                keptConflicts = !report.conflicts.isEmpty
                switch format {
                case .json: Terminal.print(json: SyncOutput.json(report))
                case .text: Terminal.print(SyncOutput.text(report))
                }
                for line in SyncOutput.conflictAdvice(report) { Terminal.note(line) }
            }
            if keptConflicts { throw ExitCode(ExitStatus.conflictsKept.rawValue) }
        }
    }
}
