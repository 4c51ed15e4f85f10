import Testing

@testable import Galley

@Suite("standard workflow: who edits content, what waits for whom")
struct EditingAndQueueTests {
    /// DESIGN §4: draft and returned by the author, submitted by editors, edited by editors and the chief, nowhere else.
    static let editors: [String: [ActorKind: String]] = [
        "draft": [.author: "author"],
        "returned": [.author: "author"],
        "submitted": [.editor: "editor"],
        "edited": [.editor: "editor", .chief: "chief"],
    ]

    @Test(arguments: StandardTable.states, ActorKind.allCases)
    func editingRole(state: String, actor: ActorKind) throws {
        let workflow = try WorkflowFixtures.standard()
        let role = workflow.editingRole(on: WorkflowFixtures.standing(state), for: actor.person)
        #expect(role == Self.editors[state]?[actor])
    }

    @Test func anEditorWhoWroteTheDraftMayNotEditItInSubmittedUnlessAnEditor() throws {
        let workflow = try WorkflowFixtures.standard()
        // The author relation gives nothing once the article left draft.
        #expect(workflow.editingRole(on: WorkflowFixtures.standing("submitted"), for: ActorKind.author.person) == nil)
        // An editor who is the author edits their draft as the author, and the submitted text as an editor.
        let editorAuthor = WorkflowFixtures.standing("draft", author: ActorKind.editor.person.id)
        #expect(workflow.editingRole(on: editorAuthor, for: ActorKind.editor.person) == "author")
        #expect(workflow.editingRole(on: WorkflowFixtures.standing("draft"), for: ActorKind.editor.person) == nil)
    }

    @Test func whoMayEditIsExplained() throws {
        let workflow = try WorkflowFixtures.standard()
        let reporter = ActorKind.author.person
        func refusal(_ state: String) -> String { workflow.editRefusal(on: WorkflowFixtures.standing(state), for: reporter).english }
        #expect(refusal("edited").contains("edited by editor or chief"), "\(refusal("edited"))")
        #expect(refusal("published").contains("edited by nobody"), "\(refusal("published"))")
        #expect(Catalog.render(workflow.editRefusal(on: WorkflowFixtures.standing("edited"), for: reporter), in: .vi)
            .contains("biên tập viên (editor) hoặc tổng biên tập (chief)"))
    }

    struct QueueRow: Sendable, CustomTestStringConvertible {
        var actor: ActorKind
        var state: String
        var approvals: [String]
        var expected: [String]
        var testDescription: String { "\(actor.rawValue) in \(state) (approvals \(approvals)) → \(expected)" }
    }

    static let queueRows: [QueueRow] = [
        QueueRow(actor: .author, state: "draft", approvals: [], expected: ["submit", "spike"]),
        QueueRow(actor: .author, state: "returned", approvals: [], expected: ["submit", "spike"]),
        QueueRow(actor: .otherReporter, state: "draft", approvals: [], expected: []),
        QueueRow(actor: .editor, state: "draft", approvals: [], expected: ["spike"]),
        QueueRow(actor: .author, state: "submitted", approvals: [], expected: []),
        QueueRow(actor: .editor, state: "submitted", approvals: [], expected: ["approve", "reject"]),
        QueueRow(actor: .chief, state: "submitted", approvals: [], expected: ["reject"]),
        QueueRow(actor: .editor, state: "edited", approvals: ["hangoc"], expected: ["reject"]),
        QueueRow(actor: .chief, state: "edited", approvals: ["hangoc"], expected: ["approve", "reject"]),
        QueueRow(actor: .chief, state: "edited", approvals: ["tbt"], expected: ["reject"]),
        QueueRow(actor: .chief, state: "approved", approvals: ["hangoc", "tbt"], expected: ["reject", "publish"]),
        QueueRow(actor: .chief, state: "published", approvals: [], expected: ["retract", "correct"]),
        QueueRow(actor: .editor, state: "published", approvals: [], expected: []),
        QueueRow(actor: .auditor, state: "submitted", approvals: [], expected: []),
        QueueRow(actor: .admin, state: "edited", approvals: [], expected: []),
        QueueRow(actor: .deactivatedEditor, state: "submitted", approvals: [], expected: []),
        QueueRow(actor: .chief, state: "retracted", approvals: [], expected: []),
        QueueRow(actor: .author, state: "spiked", approvals: [], expected: []),
    ]

    @Test(arguments: queueRows)
    func availableTransitions(_ row: QueueRow) throws {
        let workflow = try WorkflowFixtures.standard()
        let article = WorkflowFixtures.standing(row.state, approvals: row.approvals)
        let names = workflow.availableTransitions(on: article, for: row.actor.person).map(\.name)
        #expect(names == row.expected)
    }

    @Test func theQueueHidesWhatTheAuthorMayNotDo() throws {
        let workflow = try WorkflowFixtures.standard()
        let chiefAuthor = StandardWorkflowPermissionTests.chiefAuthor
        let edited = WorkflowFixtures.standing("edited", author: chiefAuthor.id)
        #expect(workflow.availableTransitions(on: edited, for: chiefAuthor).map(\.name) == ["reject"])
        let approved = WorkflowFixtures.standing("approved", author: chiefAuthor.id)
        #expect(workflow.availableTransitions(on: approved, for: chiefAuthor).map(\.name) == ["reject"])
    }
}
