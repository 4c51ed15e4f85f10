/// Which articles `list` shows.
public struct ArticleFilter: Sendable {
    public var state: String?
    public var author: String?
    public var section: String?

    public init(state: String? = nil, author: String? = nil, section: String? = nil) {
        self.state = state
        self.author = author
        self.section = section
    }

    func matches(_ meta: ArticleMeta) -> Bool {
        (state == nil || meta.state == state) && (author == nil || meta.author == author)
            && (section == nil || meta.section == section)
    }
}

/// An article waiting for the acting person, with what they may do to it now.
public struct QueueItem: Sendable {
    public var article: StoredArticle
    /// Transition names the person may take now.
    public var steps: [String]
    /// Whether they may also edit its text now.
    public var mayEdit: Bool
}

extension Newsroom {
    /// Articles at the tip (or `revision`), newest first.
    public func list(_ filter: ArticleFilter, at revision: String? = nil) throws(GalleyError) -> [StoredArticle] {
        let snapshot = try snapshot(at: revision)
        if let state = filter.state, snapshot.workflow.state(state) == nil {
            throw .invalidInput("unknown state '\(state)': the \(snapshot.workflow.name) workflow has \(snapshot.workflow.states.map(\.name).joined(separator: ", "))")
        }
        // At the tip the derived index answers; an old revision is read from git.
        if revision == nil, let index = usableIndex() { return try index.articles(filter) }
        return try snapshot.allArticles().filter { filter.matches($0.document.meta) }.sorted(by: Self.newestFirst)
    }

    /// What waits for the acting person: every article where they may take a workflow step now.
    public func queue(actorID: String?) throws(GalleyError) -> (person: Person, items: [QueueItem]) {
        let snapshot = try snapshot()
        let person = try actor(explicitID: actorID, in: snapshot)
        let workflow = snapshot.workflow
        var items: [QueueItem] = []
        let articles: [StoredArticle]
        if let index = usableIndex() {
            let candidates = Self.queueStates(workflow, for: person)
            articles = try index.articles(inStates: candidates.byRole, byAuthor: person.id, inStates: candidates.asAuthor)
        } else {
            articles = try snapshot.allArticles()
        }
        for article in articles {
            let standing = article.standing
            // `correct` is always possible on a published article; it is not waiting for anyone.
            let steps = workflow.availableTransitions(on: standing, for: person).filter { $0.to != standing.state }.map(\.name)
            guard !steps.isEmpty else { continue }
            items.append(QueueItem(article: article, steps: steps, mayEdit: workflow.editingRole(on: standing, for: person) != nil))
        }
        return (person, items.sorted { Self.newestFirst($0.article, $1.article) == false })
    }

    /// The states where `person` may have a step to take through a role, and those
    /// where only as the article's author; `availableTransitions` then decides.
    /// A transition back into its own state (`correct`) waits for nobody.
    static func queueStates(_ workflow: Workflow, for person: Person) -> (byRole: Set<String>, asAuthor: Set<String>) {
        var byRole: Set<String> = []
        var asAuthor: Set<String> = []
        for transition in workflow.transitions {
            let states = transition.from.filter { $0 != transition.to }
            if transition.by.contains(where: { $0 != Workflow.authorRelation && person.has(role: $0) }) { byRole.formUnion(states) }
            if transition.by.contains(Workflow.authorRelation) { asAuthor.formUnion(states) }
        }
        return (byRole, asAuthor)
    }

    /// One article at the tip or at `revision`.
    public func show(_ id: String, at revision: String? = nil) throws(GalleyError) -> (article: StoredArticle, workflow: Workflow) {
        let snapshot = try snapshot(at: revision)
        return (try article(id, in: snapshot), snapshot.workflow)
    }

    static func newestFirst(_ a: StoredArticle, _ b: StoredArticle) -> Bool {
        let left = a.document.meta.updated ?? a.document.meta.created
        let right = b.document.meta.updated ?? b.document.meta.created
        return left == right ? a.document.meta.id < b.document.meta.id : left > right
    }
}
