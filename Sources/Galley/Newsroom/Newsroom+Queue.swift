extension Newsroom {
    /// The acting person's queue at the tip, longest waiting first (the first `limit` items).
    public func queue(actorID: String?, scope: QueueScope = .waiting, limit: Int? = nil) throws(GalleyError)
        -> (person: Person, items: [QueueItem])
    {
        let snapshot = try snapshot()
        let person = try actor(explicitID: actorID, in: snapshot)
        let workflow = snapshot.workflow
        let progress = WorkflowProgress(workflow)
        let index = usableIndex()
        var items: [QueueItem]
        if let index, let limit {
            items = try Self.queueHead(limit, from: index, for: person, workflow, progress, scope)
        } else {
            let articles: [StoredArticle]
            if let index {
                let candidates = Self.queueStates(workflow, for: person, scope: scope)
                articles = try index.articles(inStates: candidates.byRole, byAuthor: person.id, inStates: candidates.asAuthor)
            } else {
                articles = try snapshot.allArticles()
            }
            var judgement = QueueJudgement(for: person, workflow, progress, scope)
            let ordered = articles.compactMap { judgement.item($0) }
                .sorted { Self.newestFirst($0.article, $1.article) == false }
            items = Array(Self.assignedFirst(ordered, to: person.id).prefix(limit ?? .max))
        }
        if index == nil {
            // The index's rows carry the last note; read from git, only the items kept need it.
            let noted = try withLastNotes(items.map(\.article), from: snapshot.commit)
            for position in items.indices { items[position].article = noted[position] }
        }
        // Why an article came back matters while it is under way; a published or finished
        // article's rounds are over (its history is `show` and `log`), and the archive stays cheap.
        // Read field by field: copying each of 20,000 items' metadata first was a fiftieth of `queue --all`.
        let underWay = items.compactMap { item -> String? in
            let underWay = workflow.state(item.article.document.meta.state).map { !$0.isPublished && !$0.isFinal } ?? false
            return underWay ? item.article.document.meta.id : nil
        }
        let sentBack = try sentBack(underWay, workflow: workflow)
        for index in items.indices { items[index].sentBack = sentBack[items[index].article.document.meta.id] }
        return (person, items)
    }

    /// The first `limit` items of the queue, read from the index without decoding the rest: what
    /// is assigned to the person (a few rows, read whole) comes first, then the other items oldest
    /// first, the cursor stopping once the queue is full. The same items as the full read cut at
    /// `limit` (a test compares them).
    static func queueHead(
        _ limit: Int, from index: ArticleIndex, for person: Person, _ workflow: Workflow, _ progress: WorkflowProgress,
        _ scope: QueueScope
    ) throws(GalleyError) -> [QueueItem] {
        let oldestFirst: (QueueItem, QueueItem) -> Bool = { newestFirst($0.article, $1.article) == false }
        var judgement = QueueJudgement(for: person, workflow, progress, scope)
        let assigned = try index.articles(possiblyAssignedTo: person.id)
            .filter { $0.document.meta.assignee == person.id }
            .compactMap { judgement.item($0) }
            .sorted(by: oldestFirst)
        var others: [QueueItem] = []
        let wanted = limit - assigned.count
        if wanted > 0 {
            let candidates = queueStates(workflow, for: person, scope: scope)
            try index.eachArticleOldestFirst(
                inStates: candidates.byRole, byAuthor: person.id, inStates: candidates.asAuthor, wanted: wanted
            ) { article in
                guard article.document.meta.assignee != person.id, let item = judgement.item(article)
                else { return true }
                others.append(item)
                return others.count < wanted
            }
        }
        // Sorted in place, and kept as it is when nothing is assigned: the long queue is not copied twice.
        others.sort(by: oldestFirst)
        guard !assigned.isEmpty else { return others.count > limit ? Array(others.prefix(limit)) : others }
        return Array((assigned + others).prefix(limit))
    }

    /// The article as an item of `person`'s queue, or nil when it is no part of it.
    static func queueItem(
        _ article: StoredArticle, for person: Person, _ workflow: Workflow, _ progress: WorkflowProgress, _ scope: QueueScope
    ) -> QueueItem? {
        let standing = article.standing
        let available = workflow.availableTransitions(on: standing, for: person)
        let mayEdit = workflow.editingRole(on: standing, for: person) != nil
        let steps: [Workflow.Transition]
        switch scope {
        case .waiting:
            let forward = available.contains { progress.movesForward($0, from: standing.state) }
            if forward {
                // What else they may do there (send it back) is listed too; a step back into the same state is not.
                steps = available.filter { $0.to != standing.state }
            } else {
                // What is assigned to them waits on them too, wherever they may take a step (a correction).
                guard article.document.meta.assignee == person.id, !available.isEmpty else { return nil }
                steps = available
            }
        case .all:
            guard !available.isEmpty || mayEdit else { return nil }
            steps = available
        }
        return QueueItem(article: article, steps: steps.map(\.name), mayEdit: mayEdit, sentBack: nil)
    }

    /// The states where `person` may have something in their queue through a role, and those
    /// where only as the article's author; `queueItem` then decides. The index reads only
    /// articles in these states, so the chief's queue never reads the published archive.
    static func queueStates(_ workflow: Workflow, for person: Person, scope: QueueScope) -> (byRole: Set<String>, asAuthor: Set<String>) {
        let progress = WorkflowProgress(workflow)
        var byRole: Set<String> = []
        var asAuthor: Set<String> = []
        func add(_ actors: [String], _ states: [String]) {
            if actors.contains(where: { $0 != Workflow.authorRelation && person.has(role: $0) }) { byRole.formUnion(states) }
            if actors.contains(Workflow.authorRelation) { asAuthor.formUnion(states) }
        }
        for transition in workflow.transitions {
            switch scope {
            case .waiting: add(transition.by, transition.from.filter { progress.movesForward(transition, from: $0) })
            case .all: add(transition.by, transition.from)
            }
        }
        if scope == .all {
            for state in workflow.states { add(state.edit, [state.name]) }
        }
        return (byRole, asAuthor)
    }
}
