import GitKit

extension Newsroom {
    /// The audit trail in branch order, newest commit first, streamed to
    /// `body` (return false to stop). Commits with Galley's trailers become
    /// their events; commits that touched `articles/` without them are listed
    /// with `outsideWorkflow`, never skipped.
    public func events(_ filter: EventFilter, _ body: (Event) throws(GalleyError) -> Bool) throws(GalleyError) {
        guard let index = usableIndex() else { return try eventsFromHistory(filter, body) }
        try index.events(filter, body)
    }

    /// The same, read straight from git (no index): for callers that must not depend on the cache.
    public func eventsFromHistory(_ filter: EventFilter, _ body: (Event) throws(GalleyError) -> Bool) throws(GalleyError) {
        try eventsFromHistory(filter, from: try tip(), body)
    }

    /// The same, from `start` (an older revision) backwards.
    func eventsFromHistory(_ filter: EventFilter, from start: ObjectID, _ body: (Event) throws(GalleyError) -> Bool) throws(GalleyError) {
        let repository = self.repository
        let walker = try git("walking the history", { () throws(GitError) in try repository.commitWalker(from: start) })
        var emitted = 0
        while let id = try git("walking the history", { () throws(GitError) in try walker.next() }) {
            let commit = try git("reading commit \(id.short)", { () throws(GitError) in try repository.commit(id) })
            guard let event = try event(for: commit), filter.matches(event) else { continue }
            guard try body(event) else { return }
            emitted += 1
            if let limit = filter.limit, emitted >= limit { return }
        }
    }

    /// The event a commit records, or nil for a commit outside the workflow that touched no article.
    func event(for commit: Commit) throws(GalleyError) -> Event? {
        let time = Timestamp(date: commit.committer.time, offsetSeconds: commit.committer.offsetMinutes * 60)
        if let message = CommitMessage.parse(commit.message) {
            let trailers = message.trailers
            return Event(
                commit: commit.id.hex, time: time, actor: trailers.actor, role: trailers.role, article: trailers.article,
                transition: trailers.transition, from: trailers.from, to: trailers.to, note: message.note, outsideWorkflow: false)
        }
        let repository = self.repository
        let parentTree = try commit.parents.first.map { (parent) throws(GalleyError) in
            try git("reading commit \(parent.short)", { () throws(GitError) in try repository.commit(parent).tree })
        }
        let changes = try git("diffing commit \(commit.id.short)", { () throws(GitError) in
            try repository.changes(from: parentTree, to: commit.tree, under: [ArticleLayout.root])
        })
        guard !changes.isEmpty else { return nil }
        var articles: [String] = []
        for change in changes {
            let components = change.path.split(separator: "/")
            if components.count >= 6, !articles.contains(String(components[4])) { articles.append(String(components[4])) }
        }
        let summary = commit.message.split(separator: "\n", maxSplits: 1).first.map(String.init)
        var event = Event(
            commit: commit.id.hex, time: time, actor: nil, role: nil, article: articles.first, transition: nil, from: nil, to: nil,
            note: summary, outsideWorkflow: true)
        event.touchedArticles = articles
        return event
    }
}

extension Newsroom {
    /// The newest event of an article (from the index when it is usable, else from git).
    public func latestEvent(of article: String) throws(GalleyError) -> Event? {
        var found: Event?
        try events(EventFilter(article: article, limit: 1)) { (event) throws(GalleyError) in
            found = event
            return false
        }
        return found
    }
}
