import Testing

@testable import Galley

@Suite("built-in workflows")
struct BuiltInWorkflowTests {
    @Test func allThreeAreEmbedded() {
        #expect(BuiltIn.workflowNames == ["simple", "standard", "three-level"])
        #expect(BuiltIn.workflow(named: "nope") == nil)
    }

    @Test(arguments: ["standard", "three-level", "simple"])
    func loadsWithoutErrorsAndEveryStateIsLabelled(_ name: String) throws {
        let workflow = try WorkflowFixtures.builtIn(name)
        #expect(workflow.name == name)
        #expect(workflow.version == 1)
        #expect(workflow.initialState == "draft")
        #expect(WorkflowLinter.problems(in: workflow).isEmpty)
        for transition in workflow.transitions { #expect(transition.line != nil, "\(transition.name) has its line") }
    }

    /// Four eyes at every approval (issue 12): whoever wrote an article takes no approval of it and
    /// does not publish it, at any stage, even holding every role of the workflow; another person may.
    @Test(arguments: ["standard", "three-level", "simple"])
    func nobodyApprovesTheirOwnArticle(_ name: String) throws {
        let workflow = try WorkflowFixtures.builtIn(name)
        let roles = workflow.roles.filter { $0 != "admin" && $0 != "auditor" }
        let writer = Person(id: "viet", name: "Người Viết", email: "viet@x.vn", roles: roles)
        let colleague = Person(id: "dongnghiep", name: "Đồng Nghiệp", email: "dn@x.vn", roles: roles)
        let approvals = workflow.transitions.filter { transition in
            transition.isApproval || (workflow.isPublished(transition.to) && !transition.from.allSatisfy(workflow.isPublished))
        }
        #expect(approvals.count >= (name == "simple" ? 1 : 3), "\(approvals.map(\.name))")
        for transition in approvals {
            #expect(transition.forbid.contains(Workflow.authorRelation), "\(name): \(transition.name) from \(transition.from) lacks forbid: [author]")
            for state in transition.from {
                let own = ArticleStanding(id: "a", state: state, author: writer.id)
                let refusal = workflow.permission(transition.name, on: own, by: writer, note: "x")
                guard case .refused(.forbidden(.ownArticle, _, _, _, _)) = refusal else {
                    Issue.record("\(name): \(writer.id) may \(transition.name) their own article from \(state): \(refusal)")
                    continue
                }
                #expect(!workflow.availableTransitions(on: own, for: writer).contains(transition))
                #expect(workflow.permission(transition.name, on: own, by: colleague, note: "x").grantedTransition == transition)
            }
        }
    }

    @Test func threeLevelShape() throws {
        let workflow = try WorkflowFixtures.builtIn("three-level")
        #expect(workflow.states.map(\.name) == ["draft", "submitted", "edited", "checked", "approved", "returned", "published", "retracted", "spiked"])
        #expect(workflow.roles.contains("section-editor") && workflow.roles.contains("secretary"))
        #expect(workflow.label(of: "checked") == "Chờ tổng biên tập")
        #expect(workflow.state("published")?.isPublished == true)
        #expect(workflow.state("retracted")?.isFinal == true)
    }

    @Test func simpleShape() throws {
        let workflow = try WorkflowFixtures.builtIn("simple")
        #expect(workflow.states.map(\.name) == ["draft", "review", "published", "retracted"])
        #expect(workflow.transition(named: "publish", from: "review")?.to == "published")
        #expect(workflow.transition(named: "publish", from: "review")?.forbid == ["author"])
        let reporter = Person(id: "pv", name: "PV", email: "pv@x.vn", roles: ["reporter"])
        let editor = Person(id: "btv", name: "BTV", email: "btv@x.vn", roles: ["editor"])
        let review = ArticleStanding(id: "a", state: "review", author: reporter.id)
        #expect(workflow.permission("publish", on: review, by: editor, note: nil).grantedRole == "editor")
        #expect(workflow.permission("publish", on: review, by: reporter, note: nil).refusal != nil)
        let ownReview = ArticleStanding(id: "a", state: "review", author: editor.id)
        #expect(workflow.permission("publish", on: ownReview, by: editor, note: nil).refusal != nil)
    }

    /// Three approvals, three different people: nobody approves twice in one round, even holding every role.
    @Test func threeLevelApprovalChainNeedsThreePeople() throws {
        let workflow = try WorkflowFixtures.builtIn("three-level")
        let author = Person(id: "pv", name: "Phóng Viên", email: "pv@x.vn", roles: ["reporter"])
        let all = Person(id: "ca", name: "Cả Ba", email: "ca@x.vn", roles: ["section-editor", "secretary", "chief"])
        let secretaryChief = Person(id: "tk", name: "Thư Ký", email: "tk@x.vn", roles: ["secretary", "chief"])
        let chief = Person(id: "tbt", name: "Tổng Biên Tập", email: "tbt@x.vn", roles: ["chief"])

        var article = ArticleStanding(id: "a", state: "submitted", author: author.id)
        let first = workflow.permission("approve", on: article, by: all, note: nil)
        #expect(first.grantedRole == "section-editor")
        #expect(first.grantedTransition?.to == "edited")
        article.state = "edited"
        article.approvals = [all.id]

        #expect(workflow.permission("approve", on: article, by: all, note: nil).refusal != nil)
        let second = workflow.permission("approve", on: article, by: secretaryChief, note: nil)
        #expect(second.grantedRole == "secretary")
        #expect(second.grantedTransition?.to == "checked")
        article.state = "checked"
        article.approvals = [all.id, secretaryChief.id]

        #expect(workflow.permission("approve", on: article, by: all, note: nil).refusal != nil)
        #expect(workflow.permission("approve", on: article, by: secretaryChief, note: nil).refusal != nil)
        let third = workflow.permission("approve", on: article, by: chief, note: nil)
        #expect(third.grantedRole == "chief")
        #expect(third.grantedTransition?.to == "approved")

        // The chain the permissions walked is the loaded file's: its approvals from submitted to
        // approved, each after the first closed to earlier approvers, one person per approval.
        let chain = Self.approvalChain(workflow, from: "submitted", to: "approved")
        #expect(chain.map(\.to) == ["edited", "checked", "approved"])
        #expect(chain.map { $0.by } == [["section-editor"], ["secretary"], ["chief"]])
        #expect(chain.dropFirst().allSatisfy { $0.forbid.contains(Workflow.earlierApprovers) })
        #expect([first, second, third].map(\.grantedTransition) == chain.map(Optional.some))
        #expect(Set(article.approvals + [chief.id]).count == chain.count)
    }

    /// The approval transitions of `workflow` leading from `start` to `end`, following `approve` from each state.
    static func approvalChain(_ workflow: Workflow, from start: String, to end: String) -> [Workflow.Transition] {
        var chain: [Workflow.Transition] = []
        var state = start
        while state != end, chain.count <= workflow.states.count,
              let next = workflow.transition(named: "approve", from: state), next.isApproval {
            chain.append(next)
            state = next.to
        }
        return state == end ? chain : []
    }

    @Test func threeLevelTheSecretaryMayPublishButNotTheAuthor() throws {
        let workflow = try WorkflowFixtures.builtIn("three-level")
        let secretary = Person(id: "tk", name: "Thư Ký", email: "tk@x.vn", roles: ["secretary"])
        let approved = ArticleStanding(id: "a", state: "approved", author: "pv")
        #expect(workflow.permission("publish", on: approved, by: secretary, note: nil).grantedRole == "secretary")
        let own = ArticleStanding(id: "a", state: "approved", author: secretary.id)
        #expect(workflow.permission("publish", on: own, by: secretary, note: nil).refusal != nil)
    }
}
