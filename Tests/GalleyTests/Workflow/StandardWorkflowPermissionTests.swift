import Testing

@testable import Galley

/// DESIGN §4's table for `standard`, written out by hand (never computed by the engine).
enum StandardTable {
    static let transitions = ["create", "submit", "spike", "approve", "reject", "publish", "retract", "correct"]
    static let states = ["draft", "submitted", "edited", "approved", "returned", "published", "retracted", "spiked"]

    struct Rule {
        var to: String
        var by: Set<ActorKind>
        var needsNote = false
        var needsBody = false
    }

    /// transition → from-state → rule. `create` never applies to an existing article.
    static let rules: [String: [String: Rule]] = [
        "create": [:],
        "submit": [
            "draft": Rule(to: "submitted", by: [.author]),
            "returned": Rule(to: "submitted", by: [.author]),
        ],
        "spike": [
            "draft": Rule(to: "spiked", by: [.author, .editor], needsNote: true),
            "returned": Rule(to: "spiked", by: [.author, .editor], needsNote: true),
        ],
        "approve": [
            "submitted": Rule(to: "edited", by: [.editor]),
            "edited": Rule(to: "approved", by: [.chief]),
        ],
        "reject": [
            "submitted": Rule(to: "returned", by: [.editor, .chief], needsNote: true),
            "edited": Rule(to: "returned", by: [.editor, .chief], needsNote: true),
            "approved": Rule(to: "returned", by: [.editor, .chief], needsNote: true),
        ],
        "publish": ["approved": Rule(to: "published", by: [.chief])],
        "retract": ["published": Rule(to: "retracted", by: [.chief], needsNote: true)],
        "correct": ["published": Rule(to: "published", by: [.chief], needsNote: true, needsBody: true)],
    ]

    /// `create` (no article yet): reporters and editors.
    static let creators: Set<ActorKind> = [.author, .otherReporter, .editor]

    /// The role recorded as `Galley-Role`: the relation `author` where the transition is for the author, else the role.
    static func recordedRole(_ actor: ActorKind, transition: String) -> String {
        if actor == .author, ["submit", "spike"].contains(transition) { return "author" }
        return actor.role
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var transition: String
        var state: String
        var actor: ActorKind
        var testDescription: String { "\(transition) from \(state) by \(actor.rawValue)" }
    }

    static let allCases: [Case] = transitions.flatMap { transition in
        states.flatMap { state in ActorKind.allCases.map { Case(transition: transition, state: state, actor: $0) } }
    }

    /// Allowed cases of transitions that need a note (reject, retract, spike, correct).
    static let noteCases: [Case] = allCases.filter { c in
        rules[c.transition]?[c.state].map { rule in rule.needsNote && rule.by.contains(c.actor) } ?? false
    }

    /// Allowed cases of transitions whose note is optional.
    static let optionalNoteCases: [Case] = allCases.filter { c in
        rules[c.transition]?[c.state].map { rule in !rule.needsNote && rule.by.contains(c.actor) } ?? false
    }
}

@Suite("standard workflow: permissions per DESIGN §4")
struct StandardWorkflowPermissionTests {
    @Test func theTableCoversEveryTransitionAndState() throws {
        let workflow = try WorkflowFixtures.standard()
        #expect(workflow.name == "standard")
        #expect(Set(workflow.transitionNames) == Set(StandardTable.transitions))
        #expect(workflow.states.map(\.name) == StandardTable.states)
        #expect(Set(workflow.roles) == ["reporter", "editor", "chief", "admin", "auditor"])
    }

    @Test(arguments: StandardTable.allCases)
    func transitionFromStateByActor(_ c: StandardTable.Case) throws {
        let workflow = try WorkflowFixtures.standard()
        let result = workflow.permission(
            c.transition, on: WorkflowFixtures.standing(c.state), by: c.actor.person, note: "Lý do: số liệu sai", hasBody: true)
        if let rule = StandardTable.rules[c.transition]?[c.state], rule.by.contains(c.actor) {
            let transition = try #require(result.grantedTransition, "refused: \(result.refusal ?? "")")
            #expect(transition.name == c.transition)
            #expect(transition.from.contains(c.state))
            #expect(transition.to == rule.to)
            #expect(result.grantedRole == StandardTable.recordedRole(c.actor, transition: c.transition))
        } else {
            let reason = try #require(result.refusal, "allowed, but DESIGN §4 refuses it")
            #expect(!reason.isEmpty)
        }
    }

    @Test(arguments: ActorKind.allCases)
    func createANewArticle(_ actor: ActorKind) throws {
        let workflow = try WorkflowFixtures.standard()
        let result = workflow.permission("create", on: nil, by: actor.person, note: nil)
        if StandardTable.creators.contains(actor) {
            let transition = try #require(result.grantedTransition, "refused: \(result.refusal ?? "")")
            #expect(transition.to == "draft")
            #expect(transition.from.isEmpty)
            #expect(result.grantedRole == actor.role)
        } else {
            #expect(result.refusal != nil)
        }
    }

    @Test(arguments: ["submit", "approve", "publish", "reject", "nonsense"])
    func onlyCreateStartsAnArticle(_ name: String) throws {
        let workflow = try WorkflowFixtures.standard()
        let chiefEditor = Person(id: "all", name: "All Roles", email: "a@x.vn", roles: ["reporter", "editor", "chief", "admin"])
        #expect(workflow.permission(name, on: nil, by: chiefEditor, note: "n", hasBody: true).refusal != nil)
    }

    @Test(arguments: StandardTable.noteCases, [nil, "", "  \n\t "] as [String?])
    func aRequiredNoteIsMissing(_ c: StandardTable.Case, note: String?) throws {
        let workflow = try WorkflowFixtures.standard()
        let result = workflow.permission(c.transition, on: WorkflowFixtures.standing(c.state), by: c.actor.person, note: note, hasBody: true)
        let reason = try #require(result.refusal, "\(c.transition) without a note was allowed")
        #expect(reason.contains("note"))
    }

    @Test func theNoteRowsAreTheFourThatNeedOne() {
        #expect(Set(StandardTable.noteCases.map(\.transition)) == ["reject", "retract", "spike", "correct"])
    }

    @Test(arguments: StandardTable.optionalNoteCases)
    func aNoteIsOptionalElsewhere(_ c: StandardTable.Case) throws {
        let workflow = try WorkflowFixtures.standard()
        let result = workflow.permission(c.transition, on: WorkflowFixtures.standing(c.state), by: c.actor.person, note: nil)
        #expect(result.grantedRole == StandardTable.recordedRole(c.actor, transition: c.transition))
    }

    @Test func correctWithoutABodyIsRefused() throws {
        let workflow = try WorkflowFixtures.standard()
        let published = WorkflowFixtures.standing("published")
        let without = workflow.permission("correct", on: published, by: ActorKind.chief.person, note: "Sửa tên xã", hasBody: false)
        let reason = try #require(without.refusal)
        #expect(reason.contains("--body-file"))
        let with = workflow.permission("correct", on: published, by: ActorKind.chief.person, note: "Sửa tên xã", hasBody: true)
        #expect(with.grantedRole == "chief")
    }

    @Test func retractAndSpikeDoNotNeedABody() throws {
        let workflow = try WorkflowFixtures.standard()
        let retract = workflow.permission("retract", on: WorkflowFixtures.standing("published"), by: ActorKind.chief.person, note: "Sai sự thật")
        #expect(retract.grantedTransition?.to == "retracted")
        let spike = workflow.permission("spike", on: WorkflowFixtures.standing("draft"), by: ActorKind.author.person, note: "Trùng bài")
        #expect(spike.grantedTransition?.to == "spiked")
    }

    // MARK: forbid rules

    /// A chief who also reports, writing their own article.
    static let chiefAuthor = Person(id: "tbtviet", name: "Tổng Biên Tập Viết", email: "tbtviet@baothaibinh.vn", roles: ["reporter", "chief"])

    @Test func theChiefMayNotApproveTheirOwnArticle() throws {
        let workflow = try WorkflowFixtures.standard()
        let article = WorkflowFixtures.standing("edited", author: Self.chiefAuthor.id)
        let reason = try #require(workflow.permission("approve", on: article, by: Self.chiefAuthor, note: nil).refusal)
        #expect(reason.contains("author"))
        // Another chief may; the author-chief may still send it back.
        #expect(workflow.permission("approve", on: article, by: ActorKind.chief.person, note: nil).grantedRole == "chief")
        #expect(workflow.permission("reject", on: article, by: Self.chiefAuthor, note: "Viết lại").grantedRole == "chief")
    }

    @Test func theChiefMayNotPublishTheirOwnArticle() throws {
        let workflow = try WorkflowFixtures.standard()
        let article = WorkflowFixtures.standing("approved", author: Self.chiefAuthor.id)
        let reason = try #require(workflow.permission("publish", on: article, by: Self.chiefAuthor, note: nil).refusal)
        #expect(reason.contains("author"))
        #expect(workflow.permission("publish", on: article, by: ActorKind.chief.person, note: nil).grantedRole == "chief")
    }

    /// Editor and chief in one person: approves as editor, then may not give the chief's approval in the same round.
    static let editorChief = Person(id: "photbt", name: "Phó Tổng Biên Tập", email: "photbt@baothaibinh.vn", roles: ["editor", "chief"])

    @Test func anEarlierApproverMayNotGiveTheSecondApproval() throws {
        let workflow = try WorkflowFixtures.standard()
        let first = workflow.permission("approve", on: WorkflowFixtures.standing("submitted", approvals: []), by: Self.editorChief, note: nil)
        #expect(first.grantedRole == "editor")
        #expect(first.grantedTransition?.to == "edited")
        #expect(first.grantedTransition?.isApproval == true)

        let afterFirst = WorkflowFixtures.standing("edited", approvals: [Self.editorChief.id])
        let reason = try #require(workflow.permission("approve", on: afterFirst, by: Self.editorChief, note: nil).refusal)
        #expect(reason.contains("already approved"))
        #expect(workflow.availableTransitions(on: afterFirst, for: Self.editorChief).map(\.name) == ["reject"])
        // Another chief may; in a new round (no approvals) the same person may.
        #expect(workflow.permission("approve", on: afterFirst, by: ActorKind.chief.person, note: nil).grantedRole == "chief")
        let newRound = WorkflowFixtures.standing("edited", approvals: [])
        #expect(workflow.permission("approve", on: newRound, by: Self.editorChief, note: nil).grantedRole == "chief")
    }

    @Test func theGrantedRoleIsRecorded() throws {
        let workflow = try WorkflowFixtures.standard()
        #expect(workflow.permission("approve", on: WorkflowFixtures.standing("submitted"), by: ActorKind.editor.person, note: nil).grantedRole == "editor")
        #expect(workflow.permission("submit", on: WorkflowFixtures.standing("draft"), by: ActorKind.author.person, note: nil).grantedRole == "author")
        #expect(workflow.permission("submit", on: WorkflowFixtures.standing("returned"), by: ActorKind.author.person, note: nil).grantedRole == "author")
        #expect(workflow.permission("spike", on: WorkflowFixtures.standing("draft"), by: ActorKind.editor.person, note: "x").grantedRole == "editor")
        #expect(workflow.permission("create", on: nil, by: ActorKind.editor.person, note: nil).grantedRole == "editor")
    }

    @Test func aRefusalSaysWhoMayInstead() throws {
        let workflow = try WorkflowFixtures.standard()
        let byReporter = try #require(
            workflow.permission("approve", on: WorkflowFixtures.standing("submitted"), by: ActorKind.otherReporter.person, note: nil).refusal)
        #expect(byReporter.contains("editor"))
        let deactivated = try #require(
            workflow.permission("approve", on: WorkflowFixtures.standing("submitted"), by: ActorKind.deactivatedEditor.person, note: nil).refusal)
        #expect(deactivated.contains("deactivated"))
        let wrongState = try #require(
            workflow.permission("publish", on: WorkflowFixtures.standing("draft"), by: ActorKind.chief.person, note: nil).refusal)
        #expect(wrongState.contains("no 'publish'"))
    }

    @Test func anUnknownStateOfTheArticleIsRefusedNotCrashed() throws {
        let workflow = try WorkflowFixtures.standard()
        let article = WorkflowFixtures.standing("limbo")
        #expect(workflow.permission("submit", on: article, by: ActorKind.author.person, note: nil).refusal != nil)
        #expect(workflow.availableTransitions(on: article, for: ActorKind.author.person).isEmpty)
        #expect(workflow.editingRole(on: article, for: ActorKind.author.person) == nil)
    }
}
