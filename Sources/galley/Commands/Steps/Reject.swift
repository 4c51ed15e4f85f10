import ArgumentParser
import Galley

extension GalleyCommand {
    struct Reject: WorkflowStepCommand {
        static let transition = "reject"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Send an article back to its author, saying why."),
            discussion: Help.discussion(.reject))
        @OptionGroup var step: StepOptions
    }
}
