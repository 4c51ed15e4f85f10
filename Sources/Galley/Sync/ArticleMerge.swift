/// Three-way merge of one article's `index.md` when a replayed step and the
/// central history both changed it: each front-matter field is taken from
/// whichever side changed it; both sides changing it differently is a
/// conflict. The body merges by paragraph (ParagraphMerge). Whether the result
/// is a legal step is not decided here: the Verifier judges the new commit.
struct ArticleMerge {
    var document: ArticleDocument
    /// Front-matter fields both sides changed differently.
    var fieldConflicts: [String]
    /// Passages of the body both sides changed differently (kept with markers in `document.body`).
    var bodyConflicts: Int

    var isClean: Bool { fieldConflicts.isEmpty && bodyConflicts == 0 }

    init(base: ArticleDocument, mine: ArticleDocument, theirs: ArticleDocument, mineLabel: String, theirsLabel: String) {
        var merged = theirs
        var conflicts: [String] = []
        func take<Value: Equatable>(_ name: String, _ field: WritableKeyPath<ArticleMeta, Value>) {
            let (b, m, t) = (base.meta[keyPath: field], mine.meta[keyPath: field], theirs.meta[keyPath: field])
            if m == b || m == t { return }
            if t == b {
                merged.meta[keyPath: field] = m
            } else {
                conflicts.append(name)
            }
        }
        take("id", \.id)
        take("title", \.title)
        take("state", \.state)
        take("draft", \.draft)
        take("author", \.author)
        take("byline", \.byline)
        take("section", \.section)
        take("summary", \.summary)
        take("source", \.source)
        take("source_url", \.sourceURL)
        take("tags", \.tags)
        take("created", \.created)
        take("publishDate", \.publishDate)
        take("embargo", \.embargo)
        take("assignee", \.assignee)
        take("approvals", \.approvals)
        take("corrections", \.corrections)
        take("resources", \.resources)
        take("extra fields", \.extra)
        // The replayed step's own time of change, when it made one.
        if mine.meta.updated != base.meta.updated { merged.meta.updated = mine.meta.updated }
        let body = ParagraphMerge.merge(
            base: base.body, mine: mine.body, theirs: theirs.body, mineLabel: mineLabel, theirsLabel: theirsLabel)
        merged.body = body.text
        document = merged
        fieldConflicts = conflicts
        bodyConflicts = body.conflicts
    }
}
