import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: Help.text("Exchange steps with the central repository: fetch, replay your steps on its tip, send them."),
            discussion: Help.text("""
                Each of your steps is judged again against the central state. A step that is no longer \
                allowed (someone else approved first, the article was sent back meanwhile) is not lost: it \
                is kept aside and sync exits 5; `galley conflicts` shows what to do.
                """))
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
