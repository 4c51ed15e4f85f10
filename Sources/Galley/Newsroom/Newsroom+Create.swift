extension Newsroom {
    /// The workflow's `create` step: a new `index.md` in the initial state, one commit.
    public func create(_ input: NewArticle, actorID: String?) throws(GalleyError) -> RecordedStep {
        // Checked before the lock, so bad input fails fast; StepSemantics checks it again (verify does the same).
        let content = try ArticleContent(
            title: input.title, byline: input.byline, section: input.section, summary: ContentEdits.given(input.summary),
            source: ContentEdits.given(input.source), sourceURL: ContentEdits.given(input.sourceURL), tags: input.tags, body: input.body
        ).validated()
        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            var content = content
            if content.byline == nil { content.byline = actor.defaultByline }
            // A label or a loosely typed key ("Thời sự", "thoi su") becomes the listed key; anything else StepSemantics refuses.
            content.section = content.section.map { snapshot.config.section(matching: $0) ?? $0 }
            // The index is caught up to the tip under the write lock, so its ids are exact;
            // without a usable index, the tree is scanned.
            let id: String
            if let index = self.usableIndex() {
                id = try ArticleID.unique(from: content.title) { (candidate) throws(GalleyError) in try index.contains(candidate) }
            } else {
                let existing = Set(try snapshot.articlePaths().map(\.id))
                id = try ArticleID.unique(from: content.title) { (candidate) throws(GalleyError) in existing.contains(candidate) }
            }
            let request = ArticleStep(kind: .create, article: id, actor: actor, note: nil, time: Self.now(in: snapshot.config), content: content)
            return try self.change(for: request, on: nil, in: snapshot)
        }
        // English only on purpose: an allowed step always records a change; unreachable.
        guard let step else { throw .failure("internal: create recorded nothing") }
        return step
    }
}
