import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.Conflicts {
    struct ResolveConflict: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resolve",
            abstract: Help.text("Apply a kept step again as a new step: its text merged into the current one (or --body-file), or the same transition if still allowed."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The article id.")) var id: String
        @Argument(help: Help.argument("Which kept step (default: the oldest).")) var number: Int?
        @Option(help: Help.argument("The body to save instead of the automatic merge (after editing `conflicts show`).")) var bodyFile: String?

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let body = try bodyFile.map { (path) throws(GalleyError) in try Terminal.readText(path, what: .body) }
                let conflict = try newsroom.keptConflict(id, number: number)
                let step = try newsroom.resolveConflict(conflict, body: body, actorID: global.actorID)
                Terminal.notices(newsroom)
                if let step {
                    let recorded = SyncMessage.conflictRecorded(
                        article: id, step: step.event.transition ?? "step", commit: String(step.event.commit.prefix(7)),
                        reference: conflict.reference)
                    Terminal.print(Catalog.render(.sync(recorded), in: Terminal.language))
                } else {
                    Terminal.print(Catalog.render(.sync(.conflictNothingToApply(article: id, reference: conflict.reference)), in: Terminal.language))
                }
            }
        }
    }
}
