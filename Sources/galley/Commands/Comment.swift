import ArgumentParser
import Galley

extension GalleyCommand {
    struct Comment: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "comment", abstract: Help.text("Record a note on an article, changing nothing in it."),
            discussion: Help.discussion(.comment))
        // No note is the step semantics' refusal (3, in the reader's language), as in verify.
        @OptionGroup var step: StepOptions

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try step.global.open()
                let recorded = try newsroom.comment(step.id, note: step.message ?? "", actorID: step.global.actorID)
                let text = AssignmentMessage.commented(article: recorded.event.article ?? step.id)
                StepOutput.print(recorded, format: step.format, text: Catalog.render(.assignment(text), in: Terminal.language))
            }
        }
    }
}
