@testable import Galley
import Testing

/// Literal byte searches, as the help's Vietnamese words use them: left to right, not
/// overlapping, nothing found where the pattern does not fit.
@Suite("LiteralBytes: literal searches in UTF-8")
struct LiteralBytesTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: [
        ("aaa", "aa", "b", "ba"),
        ("xyz", "q", "w", "xyz"),
        ("(default) (default)", "(default)", "(mặc định)", "(mặc định) (mặc định)"),
        ("Xem tùy chọn <options>", "<options>", "<tùy-chọn>", "Xem tùy chọn <tùy-chọn>"),
        ("ab", "abc", "z", "ab"),
        ("", "a", "b", ""),
    ])
    func replaceAll(_ text: String, _ pattern: String, _ replacement: String, _ expected: String) {
        var out = bytes(text)
        LiteralBytes.replaceAll(bytes(pattern), with: bytes(replacement), in: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    @Test func rangeStartsWhereAsked() {
        let text = bytes("See 'a' and See 'b'")
        #expect(LiteralBytes.range(of: bytes("See '"), in: text) == 0..<5)
        #expect(LiteralBytes.range(of: bytes("See '"), in: text, from: 1) == 12..<17)
        #expect(LiteralBytes.range(of: bytes("See '"), in: text, from: 13) == nil)
        #expect(LiteralBytes.range(of: [], in: text) == nil)
        #expect(LiteralBytes.range(of: bytes("'b'"), in: text, from: text.count) == nil)
    }

    @Test func whitespaceIsTheParsersOwn() {
        for byte in bytes(" \t\n\r") { #expect(LiteralBytes.isWhitespace(byte)) }
        for byte in bytes("a;(:") + [0xC2, 0xA0] { #expect(!LiteralBytes.isWhitespace(byte)) }
    }
}
