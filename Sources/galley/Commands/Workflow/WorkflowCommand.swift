import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct WorkflowCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "workflow",
            abstract: Help.text("Show or check workflow definitions."),
            subcommands: [ShowWorkflow.self, Check.self],
            defaultSubcommand: ShowWorkflow.self)
    }
}
