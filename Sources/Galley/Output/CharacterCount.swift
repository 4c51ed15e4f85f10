extension TerminalText {
    /// `text.count` (characters, as a table's columns are measured), counted fast for the usual
    /// cell: when every scalar is printable ASCII, Latin-1 or Latin Extended-A/B, Latin Extended
    /// Additional (Vietnamese precomposed letters, as the index stores them in NFC) or common
    /// punctuation, no two scalars join into one character, so the count is the scalar count.
    /// Anything else (combining marks, emoji, CJK, Hangul, controls) takes the exact
    /// grapheme count. Grapheme breaking was most of a 20,000-row table's cost (issue 15).
    public static func characterCount(_ text: String) -> Int {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            // Printable ASCII first, eight bytes at a time: one character a byte.
            var index = PrintableASCII.prefixLength(bytes)
            var count = index
            let end = bytes.count
            while index < end {
                guard let (scalar, length) = decode(bytes, at: index), standsAlone(scalar) else { return nil }
                count += 1
                index += length
            }
            return count
        }
        return (fast ?? nil) ?? text.count
    }

    /// Whether `scalar` is always a character of its own among scalars of this set: none of them
    /// extends, joins or prepends (grapheme break property Other), and none is a control.
    static func standsAlone(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20...0x7E, 0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x203E: return true
        default: return false
        }
    }

    /// The scalar of one to three UTF-8 bytes at `index` and its length; nil for a four-byte
    /// scalar (none stands alone) or a cut sequence. Swift strings hold valid UTF-8.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let first = UInt32(bytes[index])
        if first < 0x80 { return (first, 1) }
        if first < 0xE0 {
            guard index + 1 < bytes.count else { return nil }
            return ((first & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        guard first < 0xF0, index + 2 < bytes.count else { return nil }
        return ((first & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }
}
