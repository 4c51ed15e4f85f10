import Testing

@testable import Galley

/// JSON output is written as UTF-8 bytes (issue 15): the bytes must be exactly those of the
/// `String` writer it replaced, kept here as the reference, escapes included.
@Suite("JSON written as bytes")
struct JSONBytesTests {
    /// The escaping before issue 15, verbatim.
    static func referenceQuoted(_ text: String) -> String {
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

    /// The writer before issue 15, verbatim but for the quoting above.
    static func reference(_ value: JSONValue, pretty: Bool, indent: String = "") -> String {
        switch value {
        case .string(let text): return referenceQuoted(text)
        case .number(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            let inner = indent + "  "
            let parts = items.map { (pretty ? inner : "") + reference($0, pretty: pretty, indent: inner) }
            return pretty ? "[\n" + parts.joined(separator: ",\n") + "\n\(indent)]" : "[" + parts.joined(separator: ",") + "]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            let inner = indent + "  "
            let parts = fields.map {
                (pretty ? inner : "") + referenceQuoted($0.0) + (pretty ? ": " : ":") + reference($0.1, pretty: pretty, indent: inner)
            }
            return pretty ? "{\n" + parts.joined(separator: ",\n") + "\n\(indent)}" : "{" + parts.joined(separator: ",") + "}"
        }
    }

    @Test func everyCodePointIsQuotedAsBefore() {
        for value in UInt32(0)...0x11_0000 where value < 0x3_0000 || value % 97 == 0 || value > 0x10_FF00 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "\"ạ"
            var bytes: [UInt8] = []
            StringLiteral.appendQuoted(text, to: &bytes)
            if bytes != Array(Self.referenceQuoted(text).utf8) { Issue.record("U+\(String(value, radix: 16, uppercase: true))") }
        }
    }

    @Test(arguments: [
        "", "Thông xe cầu Đồng Lạc", "Nhóm PV \"Kinh tế\"", "a\\b\\", "dòng một\ndòng hai\r\n", "tab\there", "\u{0}\u{1}\u{1F}\u{7F}",
        "\u{1B}[2J", "\u{80}\u{9F}\u{A0}", "\u{2028}\u{2029}", "\u{FEFF}bom", "emoji 🗞️ 👩‍👩‍👧 𝕏 \u{10FFFF}", "Đa\u{323}\u{306}ng",
        String(repeating: "\"\\\n", count: 10_000),
    ])
    func hostileStringsAreWrittenAsBefore(text: String) {
        let value = JSONValue.array([.object([("title", .string(text)), (text, .array([.string(text), .null, .number(-7), .bool(true)]))])])
        for pretty in [true, false] {
            #expect(value.utf8(pretty: pretty) == Array(Self.reference(value, pretty: pretty).utf8))
            #expect(value.rendered(pretty: pretty) == Self.reference(value, pretty: pretty))
        }
        #expect(StringLiteral.quoted(text) == Self.referenceQuoted(text))
    }

    @Test func nestedValuesAndAnIndentAreWrittenAsBefore() {
        let article = JSONValue.object([
            ("id", .string("bai-1")), ("tags", .array([])), ("extra", .object([])), ("approvals", .array([.string("tbt")])),
            ("corrections", .array([.object([("note", .string("sửa\tlỗi")), ("at", .null)])])), ("count", .number(Int.min)),
            ("deep", .array([.array([.object([("x", .array([.bool(false)]))])])])),
        ])
        let listing = JSONValue.array([article, article, .array([]), .object([])])
        for pretty in [true, false] {
            for indent in ["", "    ", "\t"] {
                #expect(listing.rendered(pretty: pretty, indent: indent) == Self.reference(listing, pretty: pretty, indent: indent))
            }
        }
        for scalar: JSONValue in [.null, .bool(false), .number(0), .string("x"), .array([]), .object([])] {
            #expect(scalar.rendered() == Self.reference(scalar, pretty: true))
        }
    }

    /// Indentation is a prefix of one literal up to 31 levels and written space by space past
    /// it: both sides of that edge, and the deepest, are the reference's text.
    @Test(arguments: [1, 30, 31, 32, 33, 60])
    func deepNestingIsIndentedAsBefore(depth: Int) {
        var value = JSONValue.object([("leaf", .string("lá"))])
        for level in 0..<depth { value = level % 2 == 0 ? .array([value, .null]) : .object([("k", value)]) }
        for indent in ["", "  "] {
            #expect(value.rendered(pretty: true, indent: indent) == Self.reference(value, pretty: true, indent: indent))
        }
    }
}
