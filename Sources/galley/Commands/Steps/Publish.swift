import ArgumentParser
import Galley

extension GalleyCommand {
    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publish", abstract: Help.text("Publish an approved article (front matter draft: false). Not by its author."),
            discussion: Help.text("""
                --at schedules it: the article is published now in the workflow, and its front matter's publishDate \
                (Hugo's) keeps a site built before that time from showing it. The time is read in the newsroom's \
                time zone: "2026-12-02 06:00", "2026-12-02" (midnight) or ISO 8601 with an offset. \
                A publication before the article's embargo is refused.
                """))
        @OptionGroup var step: StepOptions
        @Option(help: Help.argument("Show it from this time (newsroom time zone), e.g. \"2026-12-02 06:00\".", valueName: "time")) var at: String?
        func run() throws { try StepRunner.take(step, transition: "publish", publishAt: at) }
    }
}
