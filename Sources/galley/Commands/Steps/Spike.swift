import ArgumentParser
import Galley

extension GalleyCommand {
    struct Spike: WorkflowStepCommand {
        static let transition = "spike"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Drop a draft for good, saying why. Its text is kept."),
            discussion: Help.discussion(.spike))
        @OptionGroup var step: StepOptions
    }
}
