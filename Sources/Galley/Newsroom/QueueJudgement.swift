/// `Newsroom.queueItem` remembered by what it depends on: the article's state and section,
/// whether the person wrote it, approved it in this round or is assigned it. A queue of the
/// published archive judges 20,000 articles in a handful of such standings, and evaluating the
/// workflow for each was a twentieth of `queue --all` (issue 15). Only a memo: every first
/// judgement of a standing is `queueItem`'s own.
struct QueueJudgement {
    private struct Standing: Hashable {
        let state: String
        let section: String?
        let isAuthor: Bool
        let hasApproved: Bool
        let isAssignee: Bool
    }

    private let person: Person
    private let workflow: Workflow
    private let progress: WorkflowProgress
    private let scope: QueueScope
    private var known: [Standing: (steps: [String], mayEdit: Bool)?] = [:]

    init(for person: Person, _ workflow: Workflow, _ progress: WorkflowProgress, _ scope: QueueScope) {
        (self.person, self.workflow, self.progress, self.scope) = (person, workflow, progress, scope)
    }

    /// The article as an item of the person's queue, or nil when it is no part of it.
    mutating func item(_ article: StoredArticle) -> QueueItem? {
        let meta = article.document.meta
        let standing = Standing(
            state: meta.state, section: meta.section, isAuthor: meta.author == person.id, hasApproved: meta.approvals.contains(person.id),
            isAssignee: meta.assignee == person.id)
        if let verdict = known[standing] {
            return verdict.map { QueueItem(article: article, steps: $0.steps, mayEdit: $0.mayEdit, sentBack: nil) }
        }
        let item = Newsroom.queueItem(article, for: person, workflow, progress, scope)
        known[standing] = .some(item.map { ($0.steps, $0.mayEdit) })
        return item
    }
}
