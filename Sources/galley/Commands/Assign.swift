import ArgumentParser
import Galley

extension GalleyCommand {
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign", abstract: Help.text("Give an article to the person who should take its next step (or --clear it)."),
            discussion: Help.text("""
                The desk assigns: whoever approves or publishes in the workflow (in standard, editors and the \
                chief). The person must be active and able to take the next step that moves the article on (on a \
                published article: any step, a correction); a \
                refusal lists who can. The assignee is recorded in the front matter (assignee:); the state \
                does not change. A step that moves the article to another state clears it; `queue` lists \
                what is assigned to you first.

                Example: galley assign cau-dong-lac --to hangoc -m "Anh xem gấp giúp em"
                """))
        @OptionGroup var step: StepOptions
        @Option(help: Help.argument("The person's id.", valueName: "person")) var to: String?
        @Flag(help: Help.argument("Clear the assignment.")) var clear = false

        func validate() throws {
            if clear == (to != nil) { throw ValidationError(Catalog.render(.assignment(.toOrClear), in: Terminal.language)) }
        }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try step.global.open()
                let recorded = try newsroom.assign(step.id, to: to, note: step.message, actorID: step.global.actorID)
                let article = recorded.event.article ?? step.id
                let text: AssignmentMessage = to.map { .assigned(article: article, person: $0) } ?? .assignmentCleared(article: article)
                StepOutput.print(recorded, format: step.format, text: Catalog.render(.assignment(text), in: Terminal.language))
            }
        }
    }
}
