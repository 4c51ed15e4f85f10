import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.WorkflowCommand {
    struct ShowWorkflow: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: Help.text("The workflow in force: states and who may take each step."))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let workflow = try global.open().snapshot().workflow
                var lines = ["Workflow \(workflow.name)" + (workflow.description.map { ": \($0)" } ?? ""), "", "States:"]
                for state in workflow.states {
                    var traits: [String] = []
                    if !state.edit.isEmpty { traits.append("edit: \(state.edit.joined(separator: ", "))") }
                    if state.isPublished { traits.append("published") }
                    if state.isFinal { traits.append("final") }
                    lines.append("  \(Terminal.pad(state.name, 10)) \(Terminal.pad(state.label ?? "", 18)) \(traits.joined(separator: "; "))")
                }
                lines += ["", "Transitions:"]
                for transition in workflow.transitions {
                    let from = transition.from.isEmpty ? "–" : transition.from.joined(separator: ", ")
                    var rules = ["by \(workflow.whoMay(transition))"]
                    if transition.requiresNote { rules.append("note required") }
                    if transition.requiresBody { rules.append("new text required") }
                    lines.append("  \(Terminal.pad(transition.name, 8)) \(from) → \(transition.to): \(rules.joined(separator: "; "))")
                }
                Terminal.print(lines.joined(separator: "\n"))
            }
        }
    }
}
