import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.WorkflowCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: Help.text("Lint a workflow file (default: the one in force); exit 4 when it has errors."),
            discussion: Help.discussion(.workflowCheck))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("A workflow .yaml file, or a built-in name (standard, three-level, simple).")) var file: String?
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            var errors = 0
            try Terminal.run { () throws(GalleyError) in
                let path: String
                let text: String
                if let file, let builtIn = BuiltIn.workflow(named: file) {
                    (path, text) = ("\(file) (built in)", builtIn)
                } else if let file {
                    (path, text) = (file, try Terminal.readText(file, what: .workflow))
                } else {
                    let newsroom = try global.open()
                    path = "workflow.yaml"
                    guard let current = try newsroom.snapshot().fileText(path) else { throw GalleyError(.notFound, .lookup(.noWorkflowFile)) }
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
