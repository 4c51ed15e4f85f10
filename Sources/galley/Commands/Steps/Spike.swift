import ArgumentParser
import Galley

extension GalleyCommand {
    struct Spike: WorkflowStepCommand {
        static let transition = "spike"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Drop a draft for good, saying why. Its text is kept."),
            discussion: Help.text("The note (-m) is required: it says why the draft is dropped."))
        @OptionGroup var step: StepOptions
    }
}
