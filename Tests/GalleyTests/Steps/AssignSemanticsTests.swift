import Foundation
import Testing

@testable import Galley

/// Issue 12 in the one step semantics: `assign`, `comment` and section rights as a pure
/// function — the answers the writer, verify and the hook all get.
@Suite("Step semantics: assignments, section rights and comments")
struct AssignSemanticsTests {
    static let now = ScheduleSemanticsTests.now

    static func rules(_ workflow: String = "standard", people: [Person] = ActorKind.allCases.map(\.person), sections: [String] = ["thoi-su", "kinh-te"])
        throws -> RulesInForce
    {
        var config = NewsroomConfig(name: "Báo")
        config.sections = sections.map { NewsroomSection(key: $0, label: $0) }
        return RulesInForce(config: config, workflow: try WorkflowFixtures.builtIn(workflow), people: People(people))
    }

    static func article(state: String, assignee: String? = nil, section: String? = nil, author: String = ActorKind.author.person.id) -> StoredArticle {
        let meta = ArticleMeta(
            id: "bai", title: "Bài", state: state, author: author, section: section, created: now, updated: now, assignee: assignee,
            approvals: state == "edited" ? ["hangoc"] : [])
        return StoredArticle(path: "articles/2026/12/01/bai/index.md", document: ArticleDocument(meta: meta, body: "Nội dung.\n"))
    }

    static func assign(_ person: String?, by actor: Person, note: String? = nil) -> ArticleStep {
        ArticleStep(kind: .assign, article: "bai", actor: actor, note: note, time: now, content: nil, assignee: person)
    }

    static func comment(by actor: Person, note: String? = "Anh xem lại đoạn hai") -> ArticleStep {
        ArticleStep(kind: .comment, article: "bai", actor: actor, note: note, time: now, content: nil)
    }

    static func rule(_ result: Result<StepOutcome, StepRefusal>) -> Violation.Rule? {
        if case .failure(let refusal) = result { return refusal.rule }
        return nil
    }

    @Test func anEditorAssignsTheChiefAnEditedArticle() throws {
        let outcome = try StepSemantics.apply(Self.assign("tbt", by: ActorKind.editor.person), to: Self.article(state: "edited"), under: try Self.rules()).get()
        #expect(outcome.document.meta.assignee == "tbt" && outcome.document.meta.state == "edited")
        #expect(outcome.document.rendered().contains("\nassignee: tbt\n"))
        #expect(outcome.trailers.transition == "assign" && outcome.trailers.from == "edited" && outcome.trailers.to == "edited")
        #expect(outcome.trailers.role == "editor" && outcome.writesFile)
    }

    @Test("what assign refuses", arguments: [
        ("a reporter may not assign", "submitted", "hangoc", ActorKind.author, Violation.Rule.notPermitted),
        ("nobody called that", "submitted", "khongai", ActorKind.editor, Violation.Rule.badAssignee),
        ("a deactivated editor", "submitted", "cuubtv", ActorKind.editor, Violation.Rule.badAssignee),
        ("a reporter cannot approve", "submitted", "minhanh", ActorKind.editor, Violation.Rule.badAssignee),
        ("the editor who approved cannot give the second approval", "edited", "hangoc", ActorKind.chief, Violation.Rule.badAssignee),
        ("nobody is next in a final state", "spiked", "tbt", ActorKind.chief, Violation.Rule.badAssignee),
    ])
    func refusals(_ what: String, _ state: String, _ person: String, _ actor: ActorKind, _ expected: Violation.Rule) throws {
        let result = StepSemantics.apply(Self.assign(person, by: actor.person), to: Self.article(state: state), under: try Self.rules())
        #expect(Self.rule(result) == expected, "\(what)")
    }

    @Test func theRefusalListsWhoMay() throws {
        let result = StepSemantics.apply(Self.assign("minhanh", by: ActorKind.editor.person), to: Self.article(state: "submitted"), under: try Self.rules())
        guard case .failure(let refusal) = result else { Issue.record("assigned a reporter an approval"); return }
        // The editor approves a submitted article; its author and the other reporter cannot.
        #expect(refusal.message.hasSuffix("who may: hangoc."), "\(refusal.message)")
    }

    @Test func assigningTheSamePersonAgainOrClearingNothingChangesNothing() throws {
        let rules = try Self.rules()
        #expect(Self.rule(StepSemantics.apply(Self.assign("tbt", by: ActorKind.editor.person), to: Self.article(state: "edited", assignee: "tbt"), under: rules)) == .noChange)
        #expect(Self.rule(StepSemantics.apply(Self.assign(nil, by: ActorKind.editor.person), to: Self.article(state: "edited"), under: rules)) == .noChange)
        let cleared = try StepSemantics.apply(Self.assign(nil, by: ActorKind.chief.person), to: Self.article(state: "edited", assignee: "tbt"), under: rules).get()
        #expect(cleared.document.meta.assignee == nil && !cleared.document.rendered().contains("assignee"))
    }

    @Test func aTransitionThatMovesTheArticleClearsItAndACorrectionKeepsIt() throws {
        let rules = try Self.rules()
        let approve = ArticleStep(kind: .transition("approve"), article: "bai", actor: ActorKind.chief.person, note: nil, time: Self.now, content: nil)
        let moved = try StepSemantics.apply(approve, to: Self.article(state: "edited", assignee: "tbt"), under: rules).get()
        #expect(moved.document.meta.state == "approved" && moved.document.meta.assignee == nil)
        var content = ArticleContent(of: Self.article(state: "published").document)
        content.body = "Nội dung đã sửa.\n"
        let correct = ArticleStep(kind: .transition("correct"), article: "bai", actor: ActorKind.chief.person, note: "Sửa số liệu", time: Self.now, content: content)
        let corrected = try StepSemantics.apply(correct, to: Self.article(state: "published", assignee: "tbt"), under: rules).get()
        #expect(corrected.document.meta.assignee == "tbt")
    }

    @Test func aCommentWritesNoFileAndKeepsTheArticleAsItIs() throws {
        let article = Self.article(state: "submitted")
        let outcome = try StepSemantics.apply(Self.comment(by: ActorKind.author.person), to: article, under: try Self.rules()).get()
        #expect(!outcome.writesFile && outcome.document == article.document)
        #expect(outcome.trailers.transition == "comment" && outcome.trailers.role == "author" && outcome.trailers.from == "submitted")
    }

    @Test("who may comment", arguments: [
        (ActorKind.author, "published", true), (ActorKind.editor, "spiked", true), (ActorKind.chief, "draft", true),
        (ActorKind.otherReporter, "submitted", false), (ActorKind.auditor, "submitted", false), (ActorKind.admin, "draft", false),
        (ActorKind.deactivatedEditor, "submitted", false),
    ])
    func whoMayComment(_ actor: ActorKind, _ state: String, _ allowed: Bool) throws {
        let result = StepSemantics.apply(Self.comment(by: actor.person), to: Self.article(state: state), under: try Self.rules())
        #expect((Self.rule(result) == nil) == allowed, "\(actor) in \(state)")
    }

    @Test func theAssigneeMayCommentAndAnEmptyCommentIsRefused() throws {
        let rules = try Self.rules()
        let other = ActorKind.otherReporter.person
        #expect(try StepSemantics.apply(Self.comment(by: other), to: Self.article(state: "draft", assignee: other.id), under: rules).get().trailers.role == "assignee")
        #expect(Self.rule(StepSemantics.apply(Self.comment(by: ActorKind.author.person, note: "  "), to: Self.article(state: "draft"), under: rules)) == .notPermitted)
        #expect(Self.rule(StepSemantics.apply(Self.comment(by: ActorKind.author.person, note: nil), to: Self.article(state: "draft"), under: rules)) == .notPermitted)
    }

    // MARK: - Sections (three-level)

    static let economy = Person(id: "tbkinhte", name: "Trưởng ban Kinh tế", email: "kt@x.vn", roles: ["section-editor"], sections: ["kinh-te"])
    static let unlimited = Person(id: "tbchung", name: "Trưởng ban Chung", email: "chung@x.vn", roles: ["section-editor"])
    static let secretary = Person(id: "thuky", name: "Thư Ký", email: "tk@x.vn", roles: ["secretary"], sections: ["kinh-te"])

    static func threeLevel() throws -> RulesInForce {
        try rules("three-level", people: ActorKind.allCases.map(\.person) + [economy, unlimited, secretary])
    }

    static func approve(by actor: Person) -> ArticleStep {
        ArticleStep(kind: .transition("approve"), article: "bai", actor: actor, note: nil, time: now, content: nil)
    }

    @Test func aSectionEditorApprovesOnlyInTheirSections() throws {
        let rules = try Self.threeLevel()
        let politics = Self.article(state: "submitted", section: "thoi-su")
        let result = StepSemantics.apply(Self.approve(by: Self.economy), to: politics, under: rules)
        #expect(Self.rule(result) == .outsideSections)
        if case .failure(let refusal) = result { #expect(refusal.message.contains("kinh-te") && refusal.message.contains("thoi-su"), "\(refusal.message)") }
        #expect(Self.rule(StepSemantics.apply(Self.approve(by: Self.economy), to: Self.article(state: "submitted", section: "kinh-te"), under: rules)) == nil)
        // No section on the article: in nobody's sections. No sections on the person: not limited.
        #expect(Self.rule(StepSemantics.apply(Self.approve(by: Self.economy), to: Self.article(state: "submitted"), under: rules)) == .outsideSections)
        #expect(Self.rule(StepSemantics.apply(Self.approve(by: Self.unlimited), to: politics, under: rules)) == nil)
        // The limit is the role's: a secretary with sections is not limited (section_roles lists section-editor only).
        #expect(Self.rule(StepSemantics.apply(Self.approve(by: Self.secretary), to: Self.article(state: "edited", section: "thoi-su"), under: rules)) == nil)
    }

    @Test func sectionsLimitEditingAssigningAndTheQueue() throws {
        let rules = try Self.threeLevel()
        let politics = Self.article(state: "submitted", section: "thoi-su")
        #expect(rules.workflow.editingRole(on: politics.standing, for: Self.economy) == nil)
        #expect(rules.workflow.editingRole(on: Self.article(state: "submitted", section: "kinh-te").standing, for: Self.economy) == "section-editor")
        #expect(rules.workflow.availableTransitions(on: politics.standing, for: Self.economy).isEmpty)
        #expect(Self.rule(StepSemantics.apply(Self.assign("tbt", by: Self.economy), to: politics, under: rules)) == .outsideSections)
        #expect(Self.rule(StepSemantics.apply(Self.assign(Self.economy.id, by: ActorKind.chief.person), to: politics, under: rules)) == .badAssignee)
    }

    @Test func peopleSectionsMustBeListedInGalleyYaml() throws {
        var config = NewsroomConfig(name: "Báo")
        config.sections = [NewsroomSection(key: "kinh-te", label: "Kinh tế")]
        #expect(throws: Never.self) { try PeopleSections.check(People([Self.economy]), config) }
        var stray = Self.economy
        stray.sections = ["the-thao"]
        #expect(throws: StepRefusal.self) { try PeopleSections.check(People([stray]), config) }
        #expect(throws: StepRefusal.self) { try PeopleSections.check(People([Self.economy]), NewsroomConfig(name: "Báo")) }
    }

    @Test func sectionsRoundTripThroughPeopleYaml() throws {
        let people = People([Self.economy, Self.unlimited])
        let text = people.rendered()
        #expect(text.contains("    sections: [kinh-te]\n") && text.components(separatedBy: "sections:").count == 2)
        #expect(try People.parse(text) == people)
        #expect(throws: GalleyError.self) { try People.parse(text.replacingOccurrences(of: "[kinh-te]", with: "[\"Kinh tế\"]")) }
    }

    @Test func anAssigneeRoundTripsThroughTheFrontMatter() throws {
        let document = Self.article(state: "edited", assignee: "tbt").document
        #expect(try ArticleDocument.parse(document.rendered(), path: "index.md") == document)
        let yaml = document.rendered().replacingOccurrences(of: "assignee: tbt", with: "assignee: \"tbt\"")
        #expect(try ArticleDocument.parse(yaml, path: "index.md").meta.assignee == "tbt")
        #expect(throws: GalleyError.self) {
            try ArticleDocument.parse(document.rendered().replacingOccurrences(of: "assignee: tbt", with: "assignee: \"Tổng Biên Tập\""), path: "index.md")
        }
    }

    @Test func aWorkflowMayNotNameAnUnknownSectionRole() throws {
        let text = try #require(BuiltIn.workflow(named: "three-level")).replacingOccurrences(of: "section_roles: [section-editor]", with: "section_roles: [truong-ban]")
        #expect(throws: GalleyError.self) { try WorkflowLoader.load(text) }
        #expect(try WorkflowFixtures.builtIn("three-level").sectionRoles == ["section-editor"])
        #expect(try WorkflowFixtures.builtIn("standard").sectionRoles.isEmpty)
    }
}
