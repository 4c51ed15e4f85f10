/// A JSON value with ordered keys, so output is stable and every contract
/// field is present (`null` when empty) — things `JSONEncoder` makes awkward.
public enum JSONValue: Sendable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Compact (one line) or pretty (two-space indent) text.
    public func rendered(pretty: Bool = true, indent: String = "") -> String {
        var out = ""
        write(into: &out, pretty: pretty, indent: indent)
        return out
    }

    public func write(into out: inout String, pretty: Bool, indent: String) {
        switch self {
        case .string(let text): StringLiteral.appendQuoted(text, to: &out)
        case .number(let value): out += String(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            let inner = indent + "  "
            out += pretty ? "[\n" : "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += pretty ? ",\n" : "," }
                if pretty { out += inner }
                item.write(into: &out, pretty: pretty, indent: inner)
            }
            out += pretty ? "\n\(indent)]" : "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            let inner = indent + "  "
            out += pretty ? "{\n" : "{"
            for (index, field) in fields.enumerated() {
                if index > 0 { out += pretty ? ",\n" : "," }
                if pretty { out += inner }
                StringLiteral.appendQuoted(field.0, to: &out)
                out += pretty ? ": " : ":"
                field.1.write(into: &out, pretty: pretty, indent: inner)
            }
            out += pretty ? "\n\(indent)}" : "}"
        }
    }

    public static func quote(_ text: String) -> String { StringLiteral.quoted(text) }
}
