import Testing

@testable import Galley

/// A small valid workflow; the error tests change one line of it at a time.
enum TinyWorkflow {
    static let lines = [
        "version: 1",  // 1
        "name: tiny",  // 2
        "roles: [reporter, editor]",  // 3
        "states:",  // 4
        "  draft:     { label: \"Nháp\", edit: [author] }",  // 5
        "  review:    { label: \"Duyệt\", edit: [editor] }",  // 6
        "  published: { label: \"Đăng\", published: true, final: true }",  // 7
        "transitions:",  // 8
        "  - { name: create, to: draft, by: [reporter] }",  // 9
        "  - { name: submit, from: [draft], to: review, by: [author] }",  // 10
        "  - { name: publish, from: [review], to: published, by: [editor] }",  // 11
    ]

    static var text: String { lines.joined(separator: "\n") + "\n" }

    /// Line `number` (1-based) replaced; nil removes it.
    static func replacing(_ number: Int, with line: String?) -> String {
        var copy = lines
        if let line { copy[number - 1] = line } else { copy.remove(at: number - 1) }
        return copy.joined(separator: "\n") + "\n"
    }

    /// `line` inserted so that it becomes line `number`.
    static func inserting(_ line: String, at number: Int) -> String {
        var copy = lines
        copy.insert(line, at: number - 1)
        return copy.joined(separator: "\n") + "\n"
    }
}

@Suite("WorkflowLoader and WorkflowLinter")
struct WorkflowLoaderTests {
    struct Broken: Sendable, CustomTestStringConvertible {
        var what: String
        var text: String
        var line: Int
        /// Words the message must contain, so it says what is wrong.
        var mentions: [String]
        var testDescription: String { what }
    }

    @Test func theTinyWorkflowIsValid() throws {
        let workflow = try WorkflowLoader.load(TinyWorkflow.text)
        #expect(workflow.states.map(\.name) == ["draft", "review", "published"])
        #expect(workflow.transitions.map(\.line) == [9, 10, 11])
        #expect(WorkflowLinter.problems(in: workflow).isEmpty)
    }

    static let broken: [Broken] = [
        Broken(
            what: "YAML syntax error", text: TinyWorkflow.replacing(6, with: "  review: { label: \"Duyệt\", edit: [editor] } }"),
            line: 6, mentions: ["YAML"]),
        Broken(
            what: "unknown state in from", text: TinyWorkflow.replacing(10, with: "  - { name: submit, from: [drafts], to: review, by: [author] }"),
            line: 10, mentions: ["unknown state", "drafts"]),
        Broken(
            what: "to an unknown state", text: TinyWorkflow.replacing(10, with: "  - { name: submit, from: [draft], to: reveiw, by: [author] }"),
            line: 10, mentions: ["unknown state", "reveiw"]),
        Broken(
            what: "a final state with a way out",
            text: TinyWorkflow.replacing(6, with: "  review:    { label: \"Duyệt\", edit: [editor], final: true }"),
            line: 11, mentions: ["review", "final", "publish"]),
        Broken(
            what: "unknown role in by", text: TinyWorkflow.replacing(11, with: "  - { name: publish, from: [review], to: published, by: [editr] }"),
            line: 11, mentions: ["unknown role", "editr"]),
        Broken(what: "unknown top-level key", text: TinyWorkflow.replacing(3, with: "rolez: [reporter, editor]"), line: 3, mentions: ["unknown key", "rolez"]),
        Broken(
            what: "unknown state key", text: TinyWorkflow.replacing(5, with: "  draft:     { lable: \"Nháp\", edit: [author] }"),
            line: 5, mentions: ["unknown key", "lable"]),
        Broken(
            what: "unknown transition key",
            text: TinyWorkflow.replacing(10, with: "  - { name: submit, from: [draft], to: review, by: [author], notes: required }"),
            line: 10, mentions: ["unknown transition key", "notes"]),
        Broken(what: "version 2", text: TinyWorkflow.replacing(1, with: "version: 2"), line: 1, mentions: ["version 2", "not supported"]),
        Broken(what: "missing version", text: TinyWorkflow.replacing(1, with: nil), line: 1, mentions: ["version"]),
        Broken(
            what: "duplicate (name, from)", text: TinyWorkflow.inserting("  - { name: submit, from: [draft], to: published, by: [author] }", at: 12),
            line: 12, mentions: ["submit", "draft", "two"]),
        Broken(
            what: "transition to nowhere (no to)", text: TinyWorkflow.replacing(10, with: "  - { name: submit, from: [draft], by: [author] }"),
            line: 10, mentions: ["submit", "to"]),
        Broken(
            what: "a second create", text: TinyWorkflow.inserting("  - { name: create, to: review, by: [editor] }", at: 12),
            line: 12, mentions: ["more than one", "create"]),
        Broken(
            what: "a transition other than create without from", text: TinyWorkflow.replacing(10, with: "  - { name: submit, to: review, by: [author] }"),
            line: 10, mentions: ["submit", "from"]),
        Broken(
            what: "unknown forbid rule",
            text: TinyWorkflow.replacing(11, with: "  - { name: publish, from: [review], to: published, by: [editor], forbid: [editors] }"),
            line: 11, mentions: ["forbid", "editors"]),
        Broken(
            what: "nobody in by", text: TinyWorkflow.replacing(11, with: "  - { name: publish, from: [review], to: published, by: [] }"),
            line: 11, mentions: ["publish", "by"]),
        Broken(
            what: "a transition named like a step Galley writes itself",
            text: TinyWorkflow.inserting("  - { name: revise, from: [review], to: draft, by: [editor] }", at: 12),
            line: 12, mentions: ["revise", "another name"]),
        Broken(
            what: "note neither required nor optional",
            text: TinyWorkflow.replacing(10, with: "  - { name: submit, from: [draft], to: review, by: [author], note: maybe }"),
            line: 10, mentions: ["note", "required"]),
    ]

    @Test(arguments: broken)
    func refusedNamingTheLine(_ c: Broken) throws {
        let error = try #require(throws: GalleyError.self) { try WorkflowLoader.load(c.text) }
        #expect(error.kind == .invalidInput)
        #expect(error.message.hasPrefix("workflow.yaml:\(c.line): "), "\(error.message)")
        for word in c.mentions { #expect(error.message.contains(word), "\(error.message) mentions \(word)") }
    }

    /// Rule errors the linter reports without a line today (see the known issues).
    static let brokenWithoutLine: [Broken] = [
        Broken(
            what: "a state nobody can reach",
            text: TinyWorkflow.inserting("  archive:   { label: \"Lưu\" }", at: 8) + "  - { name: restore, from: [archive], to: draft, by: [editor] }\n",
            line: 8, mentions: ["archive", "reached"]),
        Broken(
            what: "a non-final state nobody can leave",
            text: TinyWorkflow.replacing(7, with: "  published: { label: \"Đăng\", published: true }"),
            line: 7, mentions: ["published", "final"]),
        Broken(what: "no create transition", text: TinyWorkflow.replacing(9, with: nil), line: 8, mentions: ["create"]),
        Broken(
            what: "unknown role in edit", text: TinyWorkflow.replacing(6, with: "  review:    { label: \"Duyệt\", edit: [editr] }"),
            line: 6, mentions: ["review", "editr"]),
    ]

    @Test(arguments: brokenWithoutLine)
    func ruleErrorsWithoutALine(_ c: Broken) throws {
        let error = try #require(throws: GalleyError.self) { try WorkflowLoader.load(c.text) }
        #expect(error.kind == .invalidInput)
        for word in c.mentions { #expect(error.message.contains(word), "\(error.message) mentions \(word)") }
        #expect(error.message.hasPrefix("workflow.yaml:\(c.line): "), "\(error.message)")
    }

    @Test func theVersionErrorPointsAtTheVersionLine() throws {
        // `version: 2` on line 3, after the name and a comment: the message should point there, not at the top of the file.
        let text = "name: tiny\n# bumped by hand\n" + TinyWorkflow.replacing(1, with: "version: 2").replacingOccurrences(of: "name: tiny\n", with: "")
        let error = try #require(throws: GalleyError.self) { try WorkflowLoader.load(text) }
        #expect(error.message.contains("version 2"))
        #expect(error.message.hasPrefix("workflow.yaml:3: "), "\(error.message)")
    }

    @Test func aDuplicateStateKeyNamesTheLine() throws {
        let error = try #require(throws: GalleyError.self) {
            try WorkflowLoader.load(TinyWorkflow.inserting("  draft:     { label: \"Nháp 2\", edit: [author] }", at: 6))
        }
        #expect(error.kind == .invalidInput)
        #expect(error.message.contains("draft"))
        #expect(error.message.hasPrefix("workflow.yaml:6: ") || error.message.hasPrefix("workflow.yaml:5: "), "\(error.message)")
        #expect(!error.message.contains("\n"), "one line")
    }

    @Test func moreProblemsAreCounted() throws {
        // Unknown from state: draft then has no way out and review cannot be reached.
        let text = TinyWorkflow.replacing(10, with: "  - { name: submit, from: [drafts], to: review, by: [author] }")
        let error = try #require(throws: GalleyError.self) { try WorkflowLoader.load(text) }
        #expect(error.message.contains("more problem"))
        let problems = WorkflowLinter.problems(in: try WorkflowLoader.parse(text))
        #expect(problems.filter { $0.severity == .error }.count >= 3)
    }

    @Test func thePathNamedInMessagesIsTheOneGiven() throws {
        let error = try #require(throws: GalleyError.self) {
            try WorkflowLoader.load(TinyWorkflow.replacing(1, with: "version: 2"), path: "history/workflow.yaml")
        }
        #expect(error.message.hasPrefix("history/workflow.yaml:1: "))
    }

    @Test func anEmptyFileIsRefused() throws {
        let error = try #require(throws: GalleyError.self) { try WorkflowLoader.load("# nothing\n") }
        #expect(error.kind == .invalidInput)
        #expect(error.message.contains("empty"))
    }

    @Test func theLinterWarnsAboutAMissingLabel() throws {
        let text = TinyWorkflow.replacing(6, with: "  review:    { edit: [editor] }")
        let workflow = try WorkflowLoader.load(text)  // a warning does not refuse the file
        let problems = WorkflowLinter.problems(in: workflow)
        #expect(problems.count == 1)
        let warning = try #require(problems.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("review"))
        #expect(warning.message.contains("label"))
        #expect(workflow.state("review")?.display == "review")
        #expect(workflow.state("draft")?.display == "Nháp (draft)")
    }

    @Test func aBareStateLoadsWithDefaults() throws {
        let text = TinyWorkflow.replacing(6, with: "  review:")
        let workflow = try WorkflowLoader.parse(text)
        let review = try #require(workflow.state("review"))
        #expect(review.label == nil && review.edit.isEmpty && !review.isFinal)
    }

    @Test func parsedFields() throws {
        let workflow = try WorkflowFixtures.standard()
        let second = try #require(workflow.transition(named: "approve", from: "edited"))
        #expect(second.forbid == ["author", "earlier-approvers"])
        #expect(second.isApproval)
        #expect(second.by == ["chief"])
        let correct = try #require(workflow.transition(named: "correct", from: "published"))
        #expect(correct.requiresNote && correct.requiresBody)
        #expect(workflow.state("edited")?.edit == ["editor", "chief"])
        #expect(workflow.state("published")?.isPublished == true)
        #expect(workflow.state("published")?.isFinal == false)
        #expect(workflow.label(of: "submitted") == "Chờ biên tập")
    }
}
