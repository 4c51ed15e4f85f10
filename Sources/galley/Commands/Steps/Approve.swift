import ArgumentParser
import Galley

extension GalleyCommand {
    struct Approve: WorkflowStepCommand {
        static let transition = "approve"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Approve an article for its next stage."),
            discussion: Help.discussion(.approve))
        @OptionGroup var step: StepOptions
    }
}
