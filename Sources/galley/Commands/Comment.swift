import ArgumentParser
import Galley

extension GalleyCommand {
    struct Comment: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "comment", abstract: Help.text("Record a note on an article, changing nothing in it."),
            discussion: Help.text("""
                An exchange between the desk and the reporter, kept in the history: a commit with the note \
                and the same files as before, in any state. For anyone working on the article: its author, \
                its assignee, those who approved or corrected it, the desk (who approves or publishes), and \
                anyone who may take a step on it now. `show` lists the notes of the current round, `log` every one.

                Example: galley comment cau-dong-lac -m "Đã gọi lại cho nguồn, chờ xác nhận số liệu"
                """))
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
