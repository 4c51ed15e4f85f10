import Foundation
import Testing

@testable import Galley

/// `QueueJudgement` remembers `Newsroom.queueItem` by the facts it depends on (issue 15): over
/// articles whose standings repeat, in any order, every item must be the one `queueItem` gives.
@Suite("queue judgement, remembered")
struct QueueJudgementTests {
    static func article(_ number: Int, state: String, author: String, approvals: [String], section: String?, assignee: String?) -> StoredArticle {
        let meta = ArticleMeta(
            id: "bai-\(number)", title: "Bài \(number)", state: state, author: author, section: section,
            created: Timestamp(date: .init(timeIntervalSince1970: 0), offsetSeconds: 25_200), assignee: assignee, approvals: approvals)
        return StoredArticle(path: "articles/2026/12/01/bai-\(number)/index.md", document: ArticleDocument(meta: meta, body: ""))
    }

    @Test(arguments: BuiltIn.workflowNames, [QueueScope.waiting, .all])
    func everyRememberedItemIsTheOneQueueItemGives(name: String, scope: QueueScope) throws {
        var workflow = try WorkflowLoader.load(try #require(BuiltIn.workflow(named: name)))
        // Some roles limited to their sections, so the section is a fact that matters.
        workflow.sectionRoles = Array(workflow.roles.prefix(1))
        let progress = WorkflowProgress(workflow)
        var articles: [StoredArticle] = []
        for state in workflow.states.map(\.name) {
            for author in ["nguoi", "khac"] {
                for approvals in [[], ["nguoi"], ["khac", "nguoi"]] {
                    for section in [nil, "thoi-su", "van-hoa"] {
                        for assignee in [nil, "nguoi", "khac"] {
                            articles.append(Self.article(articles.count, state: state, author: author, approvals: approvals, section: section, assignee: assignee))
                        }
                    }
                }
            }
        }
        // Each standing twice, the second time from the memo, the order shuffled by a fixed rule.
        let sequence = (articles + articles.reversed()).enumerated().sorted { ($0.offset * 7919) % 1009 < ($1.offset * 7919) % 1009 }.map(\.element)
        var queued = 0
        for roles in [[]] + workflow.roles.map({ [$0] }) + [workflow.roles] {
            for (sections, active) in [([String](), true), (["thoi-su"], true), ([], false)] {
                let person = Person(id: "nguoi", name: "Người", email: "nguoi@example.vn", roles: roles, active: active, sections: sections)
                var judgement = QueueJudgement(for: person, workflow, progress, scope)
                for article in sequence {
                    let expected = Newsroom.queueItem(article, for: person, workflow, progress, scope)
                    let remembered = judgement.item(article)
                    #expect(remembered?.steps == expected?.steps && remembered?.mayEdit == expected?.mayEdit,
                            "\(name) \(scope) \(roles) \(sections): \(article.document.meta)")
                    #expect(remembered?.article.document.meta.id == expected?.article.document.meta.id)
                    if expected != nil { queued += 1 }
                }
            }
        }
        #expect(queued > 0)
    }
}
