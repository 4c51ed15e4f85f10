import ArgumentParser
import Galley

extension GalleyCommand {
    struct Retract: WorkflowStepCommand {
        static let transition = "retract"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Retract a published article, saying why. Its text is kept (draft: true), never deleted."),
            discussion: Help.text("The note (-m) is required: it says why the article is retracted."))
        @OptionGroup var step: StepOptions
    }
}
