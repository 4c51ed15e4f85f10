import ArgumentParser
import Galley

extension GalleyCommand {
    struct Submit: WorkflowStepCommand {
        static let transition = "submit"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Submit a draft (or a returned article) for editing. Author only."),
            discussion: Help.discussion(.submit))
        @OptionGroup var step: StepOptions
    }
}
