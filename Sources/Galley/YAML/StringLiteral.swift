/// A double-quoted string literal valid both as JSON and as a YAML
/// double-quoted scalar: the escapes the two share, and `\uXXXX` for every
/// control, C1, line/paragraph separator and BOM (invisible, and some
/// readers treat them as line breaks). Front matter and JSON output use it.
public enum StringLiteral {
    public static func quoted(_ text: String) -> String {
        if !needsEscapes(text) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF {
                    let hex = String(value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether `quoted` writes anything but the text itself between the quotes: only bytes that
    /// can start an escaped scalar are looked at (controls, `"`, `\\`, and the lead bytes of C1,
    /// U+2028/2029 and U+FEFF). Nearly every title and name is plain.
    public static func needsEscapes(_ text: String) -> Bool {
        text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF })
    }

    /// `quoted(text)` appended to `out` without building it apart first: a 20,000-row JSON
    /// listing appends some 400,000 strings (issue 15).
    public static func appendQuoted(_ text: String, to out: inout String) {
        guard !needsEscapes(text) else { return out += quoted(text) }
        out += "\""
        out += text
        out += "\""
    }
}
