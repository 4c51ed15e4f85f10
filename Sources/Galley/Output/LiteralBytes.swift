/// Literal searches in UTF-8 bytes. A pattern that is whole UTF-8 matches exactly where
/// Foundation's literal search (by UTF-16 units) would: only at scalar boundaries.
enum LiteralBytes {
    static func matches(_ pattern: [UInt8], in text: [UInt8], at start: Int) -> Bool {
        start + pattern.count <= text.count && text[start..<(start + pattern.count)].elementsEqual(pattern)
    }

    /// The first occurrence of `pattern` in `text` at or after `from`.
    static func range(of pattern: [UInt8], in text: [UInt8], from: Int = 0) -> Range<Int>? {
        guard !pattern.isEmpty, text.count >= pattern.count, from <= text.count - pattern.count else { return nil }
        for start in from...(text.count - pattern.count) where text[start] == pattern[0] && matches(pattern, in: text, at: start) {
            return start..<(start + pattern.count)
        }
        return nil
    }

    /// Every occurrence, left to right, not overlapping.
    static func replaceAll(_ pattern: [UInt8], with replacement: [UInt8], in text: inout [UInt8]) {
        guard var found = range(of: pattern, in: text) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(text.count + replacement.count)
        var copied = 0
        while true {
            out += text[copied..<found.lowerBound]
            out += replacement
            copied = found.upperBound
            guard let next = range(of: pattern, in: text, from: copied) else { break }
            found = next
        }
        out += text[copied...]
        text = out
    }

    /// ASCII whitespace: the parser pads with spaces and wraps with line breaks.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
