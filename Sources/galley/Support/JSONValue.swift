import Galley

/// A JSON value with ordered keys, so output is stable and every contract
/// field is present (`null` when empty) — things `JSONEncoder` makes awkward.
enum JSONValue {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Compact (one line) or pretty (two-space indent) text.
    func rendered(pretty: Bool = true, indent: String = "") -> String {
        switch self {
        case .string(let text): return Self.quote(text)
        case .number(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            guard pretty else { return "[" + items.map { $0.rendered(pretty: false) }.joined(separator: ",") + "]" }
            let inner = indent + "  "
            return "[\n" + items.map { inner + $0.rendered(pretty: true, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            guard pretty else {
                return "{" + fields.map { Self.quote($0.0) + ":" + $0.1.rendered(pretty: false) }.joined(separator: ",") + "}"
            }
            let inner = indent + "  "
            return "{\n"
                + fields.map { inner + Self.quote($0.0) + ": " + $0.1.rendered(pretty: true, indent: inner) }.joined(separator: ",\n")
                + "\n\(indent)}"
        }
    }

    static func quote(_ text: String) -> String { StringLiteral.quoted(text) }
}
