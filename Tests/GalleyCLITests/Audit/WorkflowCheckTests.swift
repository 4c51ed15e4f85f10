import Foundation
import Testing

/// Issue 3: `galley workflow check [FILE]` lints a workflow before an admin puts it in force.
@Suite("workflow check")
struct AuditWorkflowCheckTests {
    /// A small valid workflow; `extraState` and `transitions` vary per case.
    static func workflow(states: [String], transitions: [String]) -> String {
        """
        version: 1
        name: thu-nghiem
        roles: [reporter, editor]
        states:
        \(states.map { "  " + $0 }.joined(separator: "\n"))
        transitions:
        \(transitions.map { "  - " + $0 }.joined(separator: "\n"))

        """
    }

    static let goodStates = [
        "draft:     { label: \"Bản nháp\", edit: [author] }",
        "review:    { label: \"Chờ duyệt\", edit: [editor] }",
        "published: { label: \"Đã xuất bản\", published: true, final: true }",
    ]
    static let goodTransitions = [
        "{ name: create, to: draft, by: [reporter] }",
        "{ name: submit, from: [draft], to: review, by: [author] }",
        "{ name: publish, from: [review], to: published, by: [editor] }",
    ]

    struct Broken: CustomStringConvertible, Sendable {
        var name: String
        var states: [String]
        var transitions: [String]
        /// Words the error line must hold (the first: the offending state or transition),
        /// and the 1-based line of the offending entry in the file.
        var words: [String]
        var line: Int
        var description: String { name }
    }

    static let broken: [Broken] = [
        Broken(name: "unreachable state",
               states: goodStates + ["archived:  { label: \"Lưu trữ\", final: true }"], transitions: goodTransitions,
               words: ["archived", "reached"], line: 8),
        Broken(name: "state with no way out, not final",
               states: goodStates + ["hold:      { label: \"Tạm giữ\" }"],
               transitions: goodTransitions + ["{ name: hold, from: [review], to: hold, by: [editor] }"],
               words: ["hold", "final"], line: 8),
        Broken(name: "transition nobody can take",
               states: goodStates,
               transitions: goodTransitions + ["{ name: reject, from: [review], to: draft, by: [] }"],
               words: ["reject", "nobody"], line: 12),
    ]

    @Test("a workflow with an error: exit 4, the error listed with its line", arguments: broken)
    func brokenWorkflow(_ case_: Broken) throws {
        let dir = try AuditTempDir()
        let text = Self.workflow(states: case_.states, transitions: case_.transitions)
        let file = dir.url.appendingPathComponent("workflow.yaml")
        try Data(text.utf8).write(to: file)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[case_.line - 1].contains(case_.words[0]), "fixture: line \(case_.line) is \(lines[case_.line - 1])")

        let result = try runProgram(try GalleyBinary.url(), ["workflow", "check", file.path], in: dir.url,
                                    environment: AuditTools.environment(home: dir.url), scratch: dir.url)
        #expect(result.status == 4, "\(result)")
        let errors = (result.stdout + result.stderr).split(separator: "\n").filter { $0.hasPrefix("error") }
        let named = errors.filter { line in case_.words.allSatisfy { line.contains($0) } }
        #expect(named.count == 1, "\(case_.name): expected one error naming \(case_.words):\n\(result)")
        #expect(named.first?.contains("\(file.path):\(case_.line):") == true, "the error must point at line \(case_.line):\n\(result)")
        #expect(errors.count == 1, "only that error:\n\(result)")
    }

    @Test("the built-in workflows are valid", arguments: ["standard", "three-level", "simple"])
    func builtIns(_ name: String) throws {
        let dir = try AuditTempDir()
        let result = try runProgram(try GalleyBinary.url(), ["workflow", "check", name], in: dir.url,
                                    environment: AuditTools.environment(home: dir.url), scratch: dir.url)
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.contains("error"), "\(result)")
        #expect(result.stdout.contains("valid"), "\(result)")
    }

    @Test("the workflow in force of a new newsroom checks clean; a valid file checks clean")
    func inForce() throws {
        let room = try Newsroom()
        let result = try room.galley(["workflow", "check"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("workflow.yaml") && result.stdout.contains("valid"), "\(result)")

        let file = try room.writeScratch("good.yaml", Self.workflow(states: Self.goodStates, transitions: Self.goodTransitions))
        let good = try room.galley(["workflow", "check", file])
        #expect(good.status == 0, "\(good)")
        #expect(good.stdout.contains("valid"), "\(good)")
    }

    @Test("missing labels are warnings: listed, exit 0")
    func missingLabels() throws {
        let dir = try AuditTempDir()
        let states = [
            "draft:     { edit: [author] }",
            "review:    { label: \"Chờ duyệt\", edit: [editor] }",
            "published: { published: true, final: true }",
        ]
        let file = dir.url.appendingPathComponent("nolabels.yaml")
        try Data(Self.workflow(states: states, transitions: Self.goodTransitions).utf8).write(to: file)
        let result = try runProgram(try GalleyBinary.url(), ["workflow", "check", file.path], in: dir.url,
                                    environment: AuditTools.environment(home: dir.url), scratch: dir.url)
        #expect(result.status == 0, "warnings alone are not errors: \(result)")
        let warnings = (result.stdout + result.stderr).split(separator: "\n").filter { $0.hasPrefix("warning") }
        #expect(warnings.count == 2, "\(result)")
        #expect(warnings.contains { $0.contains("draft") && $0.contains("label") }, "\(result)")
        #expect(warnings.contains { $0.contains("published") && $0.contains("label") }, "\(result)")
        #expect(!warnings.contains { $0.contains("review") }, "\(result)")
        #expect(!(result.stdout + result.stderr).contains("error"), "\(result)")
    }
}
