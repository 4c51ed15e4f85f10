import ArgumentParser
import Galley

extension GalleyCommand {
    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publish", abstract: Help.text("Publish an approved article (front matter draft: false). Not by its author."),
            discussion: Help.discussion(.publish))
        @OptionGroup var step: StepOptions
        @Option(help: Help.argument("Show it from this time (newsroom time zone), e.g. \"2026-12-02 06:00\".", valueName: "time")) var at: String?
        func run() throws { try StepRunner.take(step, transition: "publish", publishAt: at) }
    }
}
