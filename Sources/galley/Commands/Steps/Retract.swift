import ArgumentParser
import Galley

extension GalleyCommand {
    struct Retract: WorkflowStepCommand {
        static let transition = "retract"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Retract a published article, saying why. Its text is kept (draft: true), never deleted."),
            discussion: Help.discussion(.retract))
        @OptionGroup var step: StepOptions
    }
}
