import Testing

@testable import Galley

/// `queue` reads from the index only the articles in the states
/// `Newsroom.queueStates` names (issue 15); it must never leave out one that
/// `availableTransitions` would put in the queue.
@Suite("queue candidates")
struct QueueCandidatesTests {
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
            let candidates = Newsroom.queueStates(workflow, for: person)
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
        let candidates = Newsroom.queueStates(workflow, for: editor)
        #expect(candidates.byRole == ["submitted", "edited", "approved", "draft", "returned"])
        #expect(candidates.asAuthor == ["draft", "returned"])
        #expect(!candidates.byRole.contains("published"), "correct and retract are the chief's")
    }
}
