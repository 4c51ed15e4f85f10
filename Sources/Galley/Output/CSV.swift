/// RFC 4180 CSV, the one writer of every `--format csv` (`log`, `list`, `queue`, `search`):
/// a header row with the JSON field names, then one row per item. Fields are cleaned like
/// terminal text (a CSV file is opened in spreadsheets and viewed with `cat`), then quoted
/// when they hold a comma, a quote or a line break.
public enum CSV {
    public static func row(_ fields: [String]) -> String {
        fields.map { quote(TerminalText.clean($0)) }.joined(separator: ",")
    }

    public static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The header and one row per JSON object, columns in `fields` order (a field an object
    /// lacks is empty). A cell holds a string as it is, a number or a boolean as JSON writes
    /// it, null as nothing, a list of strings joined by "; " and anything else as compact JSON.
    public static func table(_ objects: [JSONValue], fields: [String]) -> [String] {
        [row(fields)] + objects.map { object in
            guard case .object(let pairs) = object else { return row(fields.map { _ in "" }) }
            return row(fields.map { field in pairs.first { $0.0 == field }.map { cell($0.1) } ?? "" })
        }
    }

    public static func cell(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .null: return ""
        case .number, .bool: return value.rendered(pretty: false)
        case .array(let items):
            let texts = items.compactMap { item -> String? in
                if case .string(let text) = item { return text }
                return nil
            }
            return texts.count == items.count ? texts.joined(separator: "; ") : value.rendered(pretty: false)
        case .object: return value.rendered(pretty: false)
        }
    }
}
