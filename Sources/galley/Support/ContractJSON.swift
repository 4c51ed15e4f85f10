import Galley

/// The contract's JSON shapes (design §6): every listed field always present.
enum ContractJSON {
    /// The event object, written where the desk's `/log.json` writes it too.
    static func event(_ event: Event) -> JSONValue { EventExport.json(event) }

    /// The columns of `list`, `queue` and `search --format csv`: the article object's fields, read
    /// off its one definition (`ArticleJSON`), without `body`.
    static var articleFields: [String] { ArticleJSON.fieldNames }

    /// What a write command prints with --format json: the event, plus `path` (and `id` for `new`).
    static func recorded(_ step: RecordedStep, id: String? = nil) -> JSONValue {
        guard case .object(var fields) = event(step.event) else { return event(step.event) }
        if let id { fields.insert(("id", .string(id)), at: 0) }
        fields.append(("path", .optional(step.path)))
        return .object(fields)
    }
}
