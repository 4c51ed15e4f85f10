extension Newsroom {
    /// Articles at the tip (or `revision`), newest first; the first `limit` of them. The index
    /// reads only those rows: a short listing of a large archive costs its rows, not the archive.
    public func list(_ filter: ArticleFilter, at revision: String? = nil, limit: Int? = nil) throws(GalleyError) -> [StoredArticle] {
        let snapshot = try snapshot(at: revision)
        if let state = filter.state, snapshot.workflow.state(state) == nil {
            throw GalleyError(.invalidInput, .lookup(.unknownListState(state: state, workflow: snapshot.workflow.name, states: snapshot.workflow.states.map(\.name))))
        }
        // At the tip the derived index answers; an old revision is read from git.
        if revision == nil, let index = usableIndex() { return try index.articles(filter, limit: limit) }
        let articles = try snapshot.allArticles().filter { filter.matches($0.document.meta) }.sorted(by: Self.newestFirst)
        return try withLastNotes(Array(articles.prefix(limit ?? .max)), from: snapshot.commit)
    }

    /// One article at the tip or at `revision`, with its last step's note.
    public func show(_ id: String, at revision: String? = nil) throws(GalleyError) -> (article: StoredArticle, workflow: Workflow) {
        let shown = try showWithRound(id, at: revision)
        return (shown.article, shown.workflow)
    }

    static func newestFirst(_ a: StoredArticle, _ b: StoredArticle) -> Bool {
        let left = a.document.meta.updated ?? a.document.meta.created
        let right = b.document.meta.updated ?? b.document.meta.created
        return left == right ? a.document.meta.id < b.document.meta.id : left > right
    }
}
