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
