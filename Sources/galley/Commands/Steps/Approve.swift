import ArgumentParser
import Galley

extension GalleyCommand {
    struct Approve: WorkflowStepCommand {
        static let transition = "approve"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Approve an article for its next stage."),
            discussion: Help.text("In the standard workflow an editor approves a submitted article (→ edited), then the editor-in-chief (not its author, not the editor who approved this round) approves it (→ approved). A note is optional."))
        @OptionGroup var step: StepOptions
    }
}
