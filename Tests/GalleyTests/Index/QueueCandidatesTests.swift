import Foundation
import Testing

@testable import Galley

/// `queue` reads from the index only the articles in the states
/// `Newsroom.queueStates` names (issue 15); it must never leave out one that
/// `availableTransitions` would put in the queue.
@Suite("queue candidates")
struct QueueCandidatesTests {
    /// What each scope holds, said again independently of `Newsroom.queueItem`: a step that moves
    /// the article on (waiting), any step or an edit (all).
    static func belongs(_ standing: ArticleStanding, _ person: Person, _ workflow: Workflow, _ scope: QueueScope) -> [String] {
        let progress = WorkflowProgress(workflow)
        let available = workflow.availableTransitions(on: standing, for: person)
        switch scope {
        case .waiting: return available.filter { progress.movesForward($0, from: standing.state) }.map(\.name)
        case .all: return available.map(\.name) + (workflow.editingRole(on: standing, for: person) != nil ? ["edit"] : [])
        }
    }

    @Test(arguments: BuiltIn.workflowNames, [QueueScope.waiting, .all])
    func everyArticleInTheQueueIsACandidate(name: String, scope: QueueScope) throws {
        let workflow = try WorkflowLoader.load(try #require(BuiltIn.workflow(named: name)))
        var roleSets: [[String]] = [[]]
        for role in workflow.roles { roleSets += roleSets.map { $0 + [role] } }
        var queued = 0
        for roles in roleSets {
            let person = Person(id: "nguoi", name: "Người", email: "nguoi@example.vn", roles: roles)
            let candidates = Newsroom.queueStates(workflow, for: person, scope: scope)
            for state in workflow.states.map(\.name) {
                for author in ["nguoi", "khac"] {
                    for approvals in [[], ["nguoi"]] {
                        let standing = ArticleStanding(id: "bai", state: state, author: author, approvals: approvals)
                        let article = StoredArticle(path: "articles/2026/12/01/bai/index.md", document: ArticleDocument(
                            meta: ArticleMeta(id: "bai", title: "Bài", state: state, draft: true, author: author,
                                              created: Timestamp(date: .init(timeIntervalSince1970: 0), offsetSeconds: 0), approvals: approvals),
                            body: ""))
                        let item = Newsroom.queueItem(article, for: person, workflow, WorkflowProgress(workflow), scope)
                        let expected = Self.belongs(standing, person, workflow, scope)
                        #expect((item != nil) == !expected.isEmpty, "\(name) \(scope): \(roles) on \(state) by \(author): \(expected)")
                        guard item != nil else { continue }
                        queued += 1
                        let candidate = candidates.byRole.contains(state) || (author == person.id && candidates.asAuthor.contains(state))
                        #expect(candidate, "\(name) \(scope): \(roles) on \(state) by \(author): \(expected)")
                    }
                }
            }
        }
        #expect(queued > 0, "the workflow \(name) gives someone a queue")
    }

    /// Nothing published waits, in any built-in workflow, for anyone; everything published is in
    /// the `--all` queue of whoever may retract or correct it.
    @Test(arguments: BuiltIn.workflowNames)
    func publishedArticlesWaitForNobody(name: String) throws {
        let workflow = try WorkflowLoader.load(try #require(BuiltIn.workflow(named: name)))
        for role in workflow.roles {
            let person = Person(id: "nguoi", name: "Người", email: "nguoi@example.vn", roles: [role])
            let waiting = Newsroom.queueStates(workflow, for: person, scope: .waiting)
            for state in workflow.states where state.isPublished || state.isFinal {
                #expect(!waiting.byRole.contains(state.name) && !waiting.asAuthor.contains(state.name), "\(name): \(role) waits on \(state.name)")
            }
        }
        let published = try #require(workflow.states.first { $0.isPublished })
        let retracting = try #require(workflow.transitions(from: published.name).first { $0.to != published.name })
        let person = Person(id: "nguoi", name: "Người", email: "nguoi@example.vn", roles: retracting.by)
        #expect(Newsroom.queueStates(workflow, for: person, scope: .all).byRole.contains(published.name))
    }

    @Test(arguments: BuiltIn.workflowNames)
    func everyArticleThatWaitsIsACandidate(name: String) throws {
        let text = try #require(BuiltIn.workflow(named: name))
        let workflow = try WorkflowLoader.load(text)
        #expect(!workflow.states.isEmpty)
        var roleSets: [[String]] = [[]]
        for role in workflow.roles { roleSets += roleSets.map { $0 + [role] } }
        var waiting = 0
        for roles in roleSets {
            let person = Person(id: "nguoi", name: "Người", email: "nguoi@example.vn", roles: roles)
            let candidates = Newsroom.queueStates(workflow, for: person, scope: .all)
            for state in workflow.states.map(\.name) {
                for author in ["nguoi", "khac"] {
                    for approvals in [[], ["nguoi"]] {
                        let standing = ArticleStanding(id: "bai", state: state, author: author, approvals: approvals)
                        let steps = workflow.availableTransitions(on: standing, for: person).filter { $0.to != state }
                        guard !steps.isEmpty else { continue }
                        waiting += 1
                        let candidate = candidates.byRole.contains(state) || (author == person.id && candidates.asAuthor.contains(state))
                        #expect(candidate, "\(name): \(roles) on \(state) by \(author): \(steps.map(\.name))")
                    }
                }
            }
        }
        #expect(waiting > 0, "the workflow \(name) gives someone a queue")
    }

    @Test func anEditorsCandidatesAreTheStatesEditorsAct() throws {
        let workflow = try WorkflowLoader.load(try #require(BuiltIn.workflow(named: "standard")))
        let editor = Person(id: "btv", name: "Biên Tập", email: "btv@example.vn", roles: ["editor"])
        let candidates = Newsroom.queueStates(workflow, for: editor, scope: .all)
        #expect(candidates.byRole == ["submitted", "edited", "approved", "draft", "returned"])
        #expect(candidates.asAuthor == ["draft", "returned"])
        #expect(!candidates.byRole.contains("published"), "correct and retract are the chief's")
        // What waits on an editor: approving a submission; sending back, spiking and editing do not move an article on.
        let waiting = Newsroom.queueStates(workflow, for: editor, scope: .waiting)
        #expect(waiting.byRole == ["submitted"])
        #expect(waiting.asAuthor == ["draft", "returned"])
        let chief = Person(id: "tbt", name: "Tổng Biên Tập", email: "tbt@example.vn", roles: ["chief"])
        #expect(Newsroom.queueStates(workflow, for: chief, scope: .waiting).byRole == ["edited", "approved"])
        #expect(Newsroom.queueStates(workflow, for: chief, scope: .all).byRole == ["submitted", "edited", "approved", "published"])
    }
}
