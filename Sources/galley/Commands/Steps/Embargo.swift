import ArgumentParser
import Galley

extension GalleyCommand {
    struct Embargo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "embargo", abstract: Help.text("Set, move or lift an article's embargo: no publication before that time."),
            discussion: Help.discussion(.embargo))
        @OptionGroup var step: StepOptions
        @Option(help: Help.argument("No publication before this time (newsroom time zone).", valueName: "time")) var until: String?
        @Flag(help: Help.argument("Lift the embargo.")) var lift = false

        func validate() throws {
            if lift == (until != nil) { throw ValidationError(Help.usage(.untilOrLift)) }
        }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try step.global.open()
                let recorded = try newsroom.embargo(step.id, until: until, note: step.message, actorID: step.global.actorID)
                let article = recorded.event.article ?? step.id
                let text: Message = lift
                    ? .editorial(.embargoLifted(article: article))
                    : .editorial(.embargoSet(article: article, until: (try? newsroom.show(article))?.article.document.meta.embargo?.iso8601 ?? until ?? ""))
                StepOutput.print(recorded, format: step.format, text: Catalog.render(text, in: Terminal.language))
            }
        }
    }
}
