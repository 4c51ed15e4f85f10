import ArgumentParser
import Galley

extension GalleyCommand {
    struct Transition: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "transition",
            abstract: Help.text("Take any transition of the workflow by name (for custom workflows)."),
            discussion: Help.discussion(.transition))
        // The article comes first (`galley transition ID NAME`): the option group's positional is declared before the name.
        @OptionGroup var step: StepOptions
        @Argument(help: Help.argument("The transition's name in workflow.yaml.")) var name: String
        @Option(help: Help.argument("New body, for transitions that carry text.", valueName: "file")) var bodyFile: String?
        @Option(help: Help.argument("For a publication: show it from this time (newsroom time zone), as publish --at.", valueName: "time"))
        var at: String?
        func run() throws { try StepRunner.take(step, transition: name, bodyFile: bodyFile, publishAt: at) }
    }
}
