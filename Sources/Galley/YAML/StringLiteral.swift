/// A double-quoted string literal valid both as JSON and as a YAML
/// double-quoted scalar: the escapes the two share, and `\uXXXX` for every
/// control, C1, line/paragraph separator and BOM (invisible, and some
/// readers treat them as line breaks). Front matter and JSON output use it.
public enum StringLiteral {
    public static func quoted(_ text: String) -> String {
        if !needsEscapes(text) {
            return "\"" + text + "\""
        }
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `quoted` writes anything but the text itself between the quotes: only bytes that
    /// can start an escaped scalar are looked at (controls, `"`, `\\`, and the lead bytes of C1,
    /// U+2028/2029 and U+FEFF). Nearly every title and name is plain.
    public static func needsEscapes(_ text: String) -> Bool {
        // Over the contiguous bytes: the generic `UTF8View` walk was a tenth of a JSON listing (issue 15).
        text.utf8.withContiguousStorageIfAvailable(mayNeedEscapes) ?? text.utf8.contains(where: mayStartEscape)
    }

    static func mayStartEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF
    }

    /// `mayStartEscape` for every byte value: one load a byte instead of seven comparisons, in
    /// the scan every JSON string and front matter value goes through (issue 15).
    private static let escapeStarts: [Bool] = (0...255).map { mayStartEscape(UInt8($0)) }

    /// Whether any of `bytes` may start an escaped scalar.
    static func mayNeedEscapes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        escapeStarts.withUnsafeBufferPointer { table in bytes.contains { table[Int($0)] } }
    }

    /// `quoted(text)` appended to `out` without building it apart first: a 20,000-row JSON
    /// listing appends some 400,000 strings (issue 15).
    public static func appendQuoted(_ text: String, to out: inout String) {
        guard !needsEscapes(text) else { return out += quoted(text) }
        out += "\""
        out += text
        out += "\""
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `quoted(text)` as UTF-8 bytes appended to `out`: the one writer of the escapes (`quoted`
    /// is built from it), and what JSON output is written with, straight into its byte buffer.
    public static func appendQuoted<Out: ByteOutput>(_ text: String, to out: inout Out) {
        // Native and small strings lend their bytes as they are; only a bridged one is copied.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendQuoted(utf8: $0, to: &out) }
        guard done == nil else { return }
        var contiguous = text
        contiguous.withUTF8 { appendQuoted(utf8: $0, to: &out) }
    }

    /// `appendQuoted` of text given as its valid UTF-8 bytes (a `StaticString` key of the JSON writer).
    public static func appendQuoted<Out: ByteOutput>(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        out.append(0x22)
        // One pass over the contiguous bytes both looks for escapes and copies a plain text (13% of
        // a 20,000-row JSON listing was this function, two walks and a generic `UTF8View` append).
        guard mayNeedEscapes(bytes) else {
            out.append(bytes: bytes)
            out.append(0x22)
            return
        }
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\"": escape(0x22, to: &out)
            case "\\": escape(0x5C, to: &out)
            case "\n": escape(0x6E, to: &out)
            case "\t": escape(0x74, to: &out)
            case "\r": escape(0x72, to: &out)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF {
                    // \uXXXX, uppercase: every escaped scalar is below U+10000, so four digits.
                    escape(0x75, to: &out)
                    for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)]) }
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        out.append(0x22)
    }

    /// A backslash and the letter after it.
    private static func escape<Out: ByteOutput>(_ letter: UInt8, to out: inout Out) {
        out.append(0x5C)
        out.append(letter)
    }
}
