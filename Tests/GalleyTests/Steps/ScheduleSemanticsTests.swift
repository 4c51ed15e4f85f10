import Foundation
import Testing

@testable import Galley

/// Issue 12 in the one step semantics: what `publish --at` and `embargo` write, and what
/// they refuse, as a pure function — the same answers the writer, verify and the hook get.
@Suite("Step semantics: schedule and embargo")
struct ScheduleSemanticsTests {
    static let now = Timestamp(date: Date(timeIntervalSince1970: 1_796_000_000), offsetSeconds: 25_200)
    static func later(_ hours: Double) -> Timestamp {
        Timestamp(date: now.date.addingTimeInterval(hours * 3600), offsetSeconds: 25_200)
    }

    static func rules() throws -> RulesInForce {
        RulesInForce(
            config: NewsroomConfig(name: "Báo"), workflow: try WorkflowFixtures.builtIn("standard"),
            people: People(ActorKind.allCases.map(\.person)))
    }

    static func article(state: String, embargo: Timestamp? = nil) -> StoredArticle {
        let meta = ArticleMeta(
            id: "bai", title: "Bài", state: state, author: ActorKind.author.person.id,
            created: now, updated: now, embargo: embargo, approvals: state == "approved" ? ["hangoc", "tbt"] : [])
        return StoredArticle(path: "articles/2026/12/01/bai/index.md", document: ArticleDocument(meta: meta, body: "Nội dung.\n"))
    }

    static func step(_ kind: ArticleStep.Kind, by actor: ActorKind, at: Timestamp? = nil, until: Timestamp? = nil) -> ArticleStep {
        ArticleStep(kind: kind, article: "bai", actor: actor.person, note: nil, time: now, content: nil, publishAt: at, embargoUntil: until)
    }

    static func rule(_ result: Result<StepOutcome, StepRefusal>) -> Violation.Rule? {
        if case .failure(let refusal) = result { return refusal.rule }
        return nil
    }

    @Test func aScheduledPublicationWritesPublishDate() throws {
        let result = StepSemantics.apply(Self.step(.transition("publish"), by: .chief, at: Self.later(20)), to: Self.article(state: "approved"), under: try Self.rules())
        let outcome = try result.get()
        #expect(outcome.document.meta.publishDate == Self.later(20) && outcome.document.meta.draft == false)
        #expect(outcome.document.rendered().contains("\npublishDate: \(Self.later(20).iso8601)\n"))
    }

    @Test("what scheduling refuses", arguments: [
        ("publish before now", "approved", "publish", ActorKind.chief, -1.0, Violation.Rule.badSchedule),
        ("--at on an approval", "submitted", "approve", ActorKind.editor, 5.0, Violation.Rule.badSchedule),
    ])
    func schedulingRefusals(_ what: String, _ state: String, _ transition: String, _ actor: ActorKind, _ hours: Double, _ expected: Violation.Rule) throws {
        let result = StepSemantics.apply(Self.step(.transition(transition), by: actor, at: Self.later(hours)), to: Self.article(state: state), under: try Self.rules())
        #expect(Self.rule(result) == expected, "\(what)")
    }

    @Test func noPublicationBeforeTheEmbargo() throws {
        let rules = try Self.rules()
        let embargoed = Self.article(state: "approved", embargo: Self.later(10))
        #expect(Self.rule(StepSemantics.apply(Self.step(.transition("publish"), by: .chief), to: embargoed, under: rules)) == .embargoed)
        #expect(Self.rule(StepSemantics.apply(Self.step(.transition("publish"), by: .chief, at: Self.later(9)), to: embargoed, under: rules)) == .embargoed)
        #expect(Self.rule(StepSemantics.apply(Self.step(.transition("publish"), by: .chief, at: Self.later(10)), to: embargoed, under: rules)) == nil)
        // A step that publishes nothing is not held back.
        #expect(Self.rule(StepSemantics.apply(Self.step(.transition("reject"), by: .chief), to: embargoed, under: rules)) != .embargoed)
    }

    @Test func theEmbargoStep() throws {
        let rules = try Self.rules()
        let submitted = Self.article(state: "submitted")
        let set = try StepSemantics.apply(Self.step(.embargo, by: .editor, until: Self.later(24)), to: submitted, under: rules).get()
        #expect(set.document.meta.embargo == Self.later(24) && set.document.meta.state == "submitted")
        #expect(set.trailers.transition == "embargo" && set.trailers.from == "submitted" && set.trailers.to == "submitted" && set.trailers.role == "editor")
        let lifted = try StepSemantics.apply(
            Self.step(.embargo, by: .chief), to: StoredArticle(path: submitted.path, document: set.document), under: rules).get()
        #expect(lifted.document.meta.embargo == nil && lifted.trailers.role == "chief")
        #expect(Self.rule(StepSemantics.apply(Self.step(.embargo, by: .author, until: Self.later(24)), to: submitted, under: rules)) == .notPermitted)
        #expect(Self.rule(StepSemantics.apply(Self.step(.embargo, by: .editor, until: Self.later(-2)), to: submitted, under: rules)) == .badSchedule)
        #expect(Self.rule(StepSemantics.apply(Self.step(.embargo, by: .chief, until: Self.later(5)), to: Self.article(state: "published"), under: rules)) == .notPermitted)
        #expect(Self.rule(StepSemantics.apply(Self.step(.embargo, by: .editor), to: submitted, under: rules)) == .noChange)
    }

    @Test("who may set an embargo: those who approve or publish", arguments: [
        ("standard", ["editor", "chief"]), ("three-level", ["section-editor", "secretary", "chief"]),
    ])
    func embargoRoles(_ name: String, _ roles: [String]) throws {
        #expect(Set(try WorkflowFixtures.builtIn(name).embargoRoles) == Set(roles))
    }
}
