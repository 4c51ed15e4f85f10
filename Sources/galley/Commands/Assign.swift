import ArgumentParser
import Galley

extension GalleyCommand {
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign", abstract: Help.text("Give an article to the person who should take its next step (or --clear it)."),
            discussion: Help.discussion(.assign))
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
