/// The front matter keys Galley knows, declared once: what a person writes
/// (content) and what the workflow records (protected: only a step computes them).
enum ArticleMetaKeys {
    /// Written by people through a step that carries text.
    static let content: Set<String> = ["title", "byline", "section", "summary", "source", "source_url", "tags"]
    /// The workflow's record: computed by `StepSemantics`, never edited by hand.
    static let recorded: Set<String> = [
        "id", "state", "draft", "author", "created", "updated", "publishDate", "embargo", "assignee", "approvals", "corrections", "retracted",
    ]
    /// The page bundle's files: written by `attach` and `detach`, which also add and remove the files.
    static let attachments: Set<String> = ["resources"]
    static let all = content.union(recorded).union(attachments)
    /// Keys the canonical fast reader takes one per line (`corrections`, `retracted` and `resources` are blocks).
    static let canonicalLine = all.subtracting(["corrections", "retracted", "resources"])
}

extension ArticleMeta {
    /// The recorded (protected) fields whose values differ from `other`, in the order Galley writes them.
    func recordDifferences(from other: ArticleMeta) -> [String] {
        var fields: [String] = []
        if id != other.id { fields.append("id") }
        if state != other.state { fields.append("state") }
        if draft != other.draft { fields.append("draft") }
        if author != other.author { fields.append("author") }
        if created != other.created { fields.append("created") }
        if updated != other.updated { fields.append("updated") }
        if publishDate != other.publishDate { fields.append("publishDate") }
        if embargo != other.embargo { fields.append("embargo") }
        if assignee != other.assignee { fields.append("assignee") }
        if approvals != other.approvals { fields.append("approvals") }
        if corrections != other.corrections { fields.append("corrections") }
        if retracted != other.retracted { fields.append("retracted") }
        return fields
    }

    /// The content fields whose values differ from `other`.
    func contentDifferences(from other: ArticleMeta) -> [String] {
        var fields: [String] = []
        if title != other.title { fields.append("title") }
        if byline != other.byline { fields.append("byline") }
        if section != other.section { fields.append("section") }
        if summary != other.summary { fields.append("summary") }
        if source != other.source { fields.append("source") }
        if sourceURL != other.sourceURL { fields.append("source_url") }
        if tags != other.tags { fields.append("tags") }
        if extra != other.extra { fields.append("extra front matter") }
        if resources != other.resources { fields.append("resources") }
        return fields
    }
}
