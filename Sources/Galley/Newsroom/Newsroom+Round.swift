import GitKit

extension Newsroom {
    /// One article at the tip or at `revision`, with its current review round there
    /// (`show`: the last step's note, and the notes of the round).
    public func showWithRound(_ id: String, at revision: String? = nil) throws(GalleyError)
        -> (article: StoredArticle, workflow: Workflow, round: ArticleRound)
    {
        let snapshot = try snapshot(at: revision)
        var article = try article(id, in: snapshot)
        let round = try self.round(of: article.document.meta.id, in: snapshot, atTip: revision == nil)
        article.lastNote = round.lastStep?.note
        return (article, snapshot.workflow, round)
    }

    /// `articles` with their last step's note, read from git back from `commit` (the index holds
    /// it as a column; this is the reader without one): one walk, until every article is found.
    func withLastNotes(_ articles: [StoredArticle], from commit: ObjectID) throws(GalleyError) -> [StoredArticle] {
        var pending = Set(articles.map(\.document.meta.id))
        guard !pending.isEmpty else { return articles }
        var notes: [String: String] = [:]
        try eventsFromHistory(EventFilter(), from: commit) { (event) throws(GalleyError) -> Bool in
            guard !event.outsideWorkflow, let article = event.article, pending.remove(article) != nil else { return true }
            notes[article] = event.note
            return !pending.isEmpty
        }
        return articles.map { article in
            var article = article
            article.lastNote = notes[article.document.meta.id]
            return article
        }
    }

    /// The article's steps newest first back to the one that began its round: from the index at
    /// the tip, else by walking git from the snapshot's commit.
    func round(of id: String, in snapshot: Snapshot, atTip: Bool) throws(GalleyError) -> ArticleRound {
        let workflow = snapshot.workflow
        var steps: [Event] = []
        var began: Event?
        let collect = { (event: Event) throws(GalleyError) -> Bool in
            guard !event.outsideWorkflow, event.article == id else { return true }
            steps.append(event)
            guard workflow.beginsRound(event) else { return true }
            began = event
            return false
        }
        if atTip, let index = usableIndex() {
            try index.events(EventFilter(article: id), collect)
        } else {
            try eventsFromHistory(EventFilter(article: id), from: snapshot.commit, collect)
        }
        return ArticleRound(steps: steps.reversed(), began: began)
    }

    /// The step that sent each of `ids` back to its author and so began its current round, by id
    /// (absent: the round began with the article's creation). One query over the index for a
    /// whole queue; without the index one walk of git from the tip.
    func sentBack(_ ids: [String], workflow: Workflow) throws(GalleyError) -> [String: Event] {
        guard !ids.isEmpty else { return [:] }
        let began: [String: Event]
        if let index = usableIndex() {
            began = try index.roundBeginnings(of: ids, roundStates: workflow.roundStates)
        } else {
            began = try roundBeginningsFromHistory(of: ids, workflow: workflow)
        }
        return began.filter { $0.value.transition != StepName.create }
    }

    /// `ArticleIndex.roundBeginnings`, read from git: one walk from the tip until each is found.
    func roundBeginningsFromHistory(of ids: [String], workflow: Workflow) throws(GalleyError) -> [String: Event] {
        var began: [String: Event] = [:]
        var pending = Set(ids)
        try eventsFromHistory(EventFilter()) { (event) throws(GalleyError) -> Bool in
            guard let article = event.article, pending.contains(article), workflow.beginsRound(event) else { return true }
            began[article] = event
            pending.remove(article)
            return !pending.isEmpty
        }
        return began
    }
}
