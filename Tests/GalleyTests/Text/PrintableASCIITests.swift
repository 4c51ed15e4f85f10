import Testing

@testable import Galley

/// The word-at-a-time check says what the byte-by-byte rule says (issue 15).
@Suite("printable ASCII prefix")
struct PrintableASCIITests {
    /// Every byte value in every position of a word among printable neighbours.
    @Test func everyByteInEveryPosition() {
        for value in 0...255 {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: 0x41, count: 8)
                bytes[position] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(PrintableASCII.isPrintable(word) == (0x20...0x7E).contains(value), "0x\(String(value, radix: 16)) at \(position)")
            }
        }
    }

    /// The prefix length is where the first byte outside 0x20…0x7E stands, for lengths around a word.
    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17, 31])
    func thePrefixEndsAtTheFirstOtherByte(length: Int) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let bytes = (0..<length).map { _ -> UInt8 in
                Int.random(in: 0..<10, using: &generator) == 0 ? UInt8.random(in: 0...255, using: &generator) : UInt8.random(in: 0x20...0x7E, using: &generator)
            }
            let expected = bytes.firstIndex { !(0x20...0x7E).contains($0) } ?? bytes.count
            #expect(bytes.withUnsafeBufferPointer(PrintableASCII.prefixLength) == expected, "\(bytes)")
        }
    }

    /// Cells with ASCII prefixes are measured and checked as before: tab, DEL, C1, bidi marks and Vietnamese after them.
    @Test(arguments: [
        ("bai-viet-so-1-dai-hon-tam-byte", 30, true), ("2026-12-01T08:00:00+07:00", 25, true), ("abcdefgh\u{7F}", 9, false),
        ("abcdefghij\tk", 12, false), ("abcdefgh\u{202E}x", 10, false), ("abcdefghĐà Nẵng", 15, true), ("abcdefgh\u{85}", 9, false),
    ])
    func cellsAfterAnASCIIPrefix(text: String, characters: Int, clean: Bool) {
        #expect(TerminalText.characterCount(text) == characters)
        #expect(TerminalText.characterCount(text) == text.count)
        #expect(TerminalText.isClean(text, multiline: false) == clean)
    }
}

extension PrintableASCIITests {
    /// A byte is found in a word wherever it stands, and only when it is there.
    @Test func aByteIsFoundInEveryPosition() {
        for value in [0x00, 0x22, 0x5C, 0x7F, 0x80, 0xFF] as [UInt8] {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: 0x61, count: 8)
                #expect(!PrintableASCII.contains(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }, byte: value))
                bytes[position] = value
                #expect(PrintableASCII.contains(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }, byte: value), "\(value) at \(position)")
            }
        }
    }

    /// JSON's scan for escapes, with its word skip, agrees with the byte rule on random text that
    /// mixes plain ASCII, quotes, backslashes, controls and Vietnamese and C1/U+2028 lead bytes.
    @Test func theEscapeScanAgreesWithTheByteRule() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["abcdefgh", "bai-viet", "\"", "\\", "\n", "\u{7F}", "Đà Nẵng", "\u{85}", "\u{2028}", "\u{FEFF}", "x", "2026-12-01"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let bytes = Array(text.utf8)
            let expected = bytes.contains(where: StringLiteral.mayStartEscape)
            #expect(bytes.withUnsafeBufferPointer(StringLiteral.mayNeedEscapes) == expected, "\(text.debugDescription)")
        }
    }
}
