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

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "check",
                abstract: Help.text("Lint a workflow file (default: the one in force); exit 4 when it has errors."),
                discussion: "Reports unknown states and roles, unreachable states, states with no way out that are not final, and missing labels. A file that is no workflow at all (a YAML error, an unknown key, another format version) is an error too.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "A workflow .yaml file, or a built-in name (standard, three-level, simple).") var file: String?
            @Option(help: "Output format.") var format: OutputFormat = .text

            func run() throws {
                var errors = 0
                try Terminal.run { () throws(GalleyError) in
                    let path: String
                    let text: String
                    if let file, let builtIn = BuiltIn.workflow(named: file) {
                        (path, text) = ("\(file) (built in)", builtIn)
                    } else if let file {
                        (path, text) = (file, try Terminal.readText(file, what: "workflow file"))
                    } else {
                        let newsroom = try global.open()
                        path = "workflow.yaml"
                        guard let current = try newsroom.snapshot().fileText(path) else { throw .notFound("no workflow.yaml") }
                        text = current
                    }
                    // A file that does not parse as a workflow is the check's finding (exit 4), not a refusal.
                    let workflow: Workflow?
                    let problems: [WorkflowLinter.Problem]
                    do throws(GalleyError) {
                        let parsed = try WorkflowLoader.parse(text, path: path)
                        (workflow, problems) = (parsed, WorkflowLinter.problems(in: parsed))
                    } catch {
                        (workflow, problems) = (nil, [.unparsable(error, path: path)])
                    }
                    errors = problems.filter { $0.severity == .error }.count
                    switch format {
                    case .json:
                        Terminal.print(json: JSONValue.object([
                            ("file", .string(path)), ("workflow", .optional(workflow?.name)), ("ok", .bool(errors == 0)),
                            ("problems", .array(problems.map {
                                .object([("severity", .string($0.severity.rawValue)), ("line", $0.line.map(JSONValue.number) ?? .null),
                                         ("message", .string($0.message))])
                            })),
                        ]))
                    case .text:
                        for problem in problems { Terminal.print("\(problem.severity.rawValue): \(problem.located(in: path))") }
                        if problems.isEmpty, let workflow { Terminal.print("\(path): workflow \(workflow.name) is valid") }
                    }
                }
                if errors > 0 { throw ExitCode(ExitStatus.violations.rawValue) }
            }
        }
    }

    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: Help.text("Read or change newsroom settings in galley.yaml (changes: admins only)."),
            subcommands: [Get.self, Set.self])

        struct Get: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "get", abstract: Help.text("Print a setting (name, language, timezone, branch, …)."))
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The setting's key.") var key: String
            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    guard let value = try global.open().snapshot().config.value(of: key) else {
                        throw .notFound("galley.yaml has no setting '\(key)'")
                    }
                    Terminal.print(value)
                }
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "set", abstract: Help.text("Change a setting: one config commit by an admin."))
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The setting's key.") var key: String
            @Argument(help: "The new value.") var value: String
            @Option(help: "Output format.") var format: OutputFormat = .text
            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    let newsroom = try global.open()
                    let step = try newsroom.setConfig(key: key, value: value, actorID: global.actorID)
                    StepOutput.print(step, format: format, text: "\(key) = \(value)")
                }
            }
        }
    }
}
