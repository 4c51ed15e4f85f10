import Galley

/// The contract's JSON shapes (design §6): every listed field always present.
enum ContractJSON {
    /// The event object, written where the desk's `/log.json` writes it too.
    static func event(_ event: Event) -> JSONValue { EventExport.json(event) }

    /// The fields of `article`, in its order, without `body`: the columns of `list`, `queue` and
    /// `search --format csv`. A field added to `article` is added here too (a test compares them).
    static let articleFields = [
        "id", "title", "state", "author", "section", "tags", "path", "created", "updated", "state_label", "draft", "byline",
        "approvals", "corrections", "last_note", "summary", "source", "source_url", "publish_at", "embargo",
        "retracted", "attachments", "assignee",
    ]

    static func article(_ article: StoredArticle, workflow: Workflow? = nil, body: Bool = false) -> JSONValue {
        let meta = article.document.meta
        var fields: [(String, JSONValue)] = [
            ("id", .string(meta.id)),
            ("title", .string(meta.title)),
            ("state", .string(meta.state)),
            ("author", .string(meta.author)),
            ("section", .optional(meta.section)),
            ("tags", .array(meta.tags.map(JSONValue.string))),
            ("path", .string(article.path)),
            ("created", .string(meta.created.iso8601)),
            ("updated", .optional(meta.updated?.iso8601)),
            ("state_label", .optional(workflow?.state(meta.state)?.label)),
            ("draft", .bool(meta.draft)),
            ("byline", .optional(meta.byline)),
            ("approvals", .array(meta.approvals.map(JSONValue.string))),
            (
                "corrections",
                .array(
                    meta.corrections.map {
                        .object([
                            ("time", .string($0.time.iso8601)), ("actor", .string($0.actor)), ("note", .string($0.note)),
                            ("notice", $0.notice.map(notice) ?? .null),
                        ])
                    })
            ),
            ("last_note", .optional(article.lastNote)),
            ("summary", .optional(meta.summary)),
            ("source", .optional(meta.source)),
            ("source_url", .optional(meta.sourceURL)),
            ("publish_at", .optional(meta.publishDate?.iso8601)),
            ("embargo", .optional(meta.embargo?.iso8601)),
            ("retracted", meta.retracted.map(retraction) ?? .null),
            (
                "attachments",
                .array(
                    meta.resources.map {
                        .object([
                            ("name", .string($0.src)), ("caption", .optional($0.title)), ("credit", .optional($0.credit)),
                            ("alt", .optional($0.alt)),
                        ])
                    })
            ),
            ("assignee", .optional(meta.assignee)),
        ]
        if body { fields.append(("body", .string(article.document.body))) }
        return .object(fields)
    }

    /// What a write command prints with --format json: the event, plus `path` (and `id` for `new`).
    static func recorded(_ step: RecordedStep, id: String? = nil) -> JSONValue {
        guard case .object(var fields) = event(step.event) else { return event(step.event) }
        if let id { fields.insert(("id", .string(id)), at: 0) }
        fields.append(("path", .optional(step.path)))
        return .object(fields)
    }
}
