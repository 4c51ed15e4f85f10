import Foundation
import Testing

import Galley

@Suite("TextInput")
struct TextInputTests {
    private func decodeError(_ bytes: [UInt8], limit: Int = TextInput.maximumBodyBytes) -> GalleyError? {
        do {
            _ = try TextInput.decode(Data(bytes), what: "body.md", limit: limit)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "invalid UTF-8 is refused with the byte offset",
        arguments: [
            ([0x61, 0x62, 0xFF, 0x63], 2),  // a byte that never occurs in UTF-8
            ([0x61, 0xE1, 0xBB], 1),  // truncated ở at the end
            ([0xC0, 0xAF], 0),  // overlong "/"
            ([0x68, 0xC3, 0xA0, 0xED, 0xA0, 0x80], 3),  // "hà" then an encoded surrogate
            ([0x54, 0x68, 0xE1, 0xBB, 0xA9, 0x20, 0xC6], 6),  // "Thứ " then a lone lead byte
        ] as [([UInt8], Int)])
    func invalidUTF8(bytes: [UInt8], offset: Int) throws {
        let error = try #require(decodeError(bytes))
        #expect(error.kind == .invalidInput)
        #expect(error.message.contains("body.md"))
        #expect(error.message.contains("offset \(offset)"))
    }

    @Test(
        "control characters are refused with their line",
        arguments: [
            ("a\nb\u{0}c", "U+0000 (NUL)", 2),
            ("a\n\nb\u{1B}[31m", "U+001B (ESC)", 3),
            ("ok\u{85}", "U+0085", 1),
            ("x\r\ny\r\nz\u{7}", "U+0007", 3),
            ("\u{7F}", "U+007F (DEL)", 1),
        ])
    func controlCharacters(text: String, name: String, line: Int) throws {
        let error = try #require(decodeError(Array(text.utf8)))
        #expect(error.kind == .invalidInput)
        #expect(error.message.contains(name))
        #expect(error.message.contains("line \(line)"))
    }

    @Test("tab and newline are ordinary text")
    func tabAndNewline() throws {
        #expect(try TextInput.decode(Data("a\tb\nc\n".utf8), what: "x") == "a\tb\nc\n")
    }

    @Test("CRLF and lone CR become LF")
    func newlines() throws {
        let text = try TextInput.decode(Data("một\r\nhai\rba\n\r\n".utf8), what: "x")
        #expect(Array(text.unicodeScalars) == Array("một\nhai\nba\n\n".unicodeScalars))
        #expect(TextInput.normalize("a\r\nb\rc") == "a\nb\nc")
    }

    @Test("decomposed input is stored composed (NFC)")
    func nfc() throws {
        let nfd = "Đặng Trọng Thăng – Thứ 4".decomposedStringWithCanonicalMapping
        let nfc = "Đặng Trọng Thăng – Thứ 4".precomposedStringWithCanonicalMapping
        let decoded = try TextInput.decode(Data(nfd.utf8), what: "x")
        #expect(Array(decoded.unicodeScalars) == Array(nfc.unicodeScalars))
        #expect(Array(TextInput.normalize(nfd).unicodeScalars) == Array(nfc.unicodeScalars))
    }

    @Test("a byte order mark is dropped")
    func bom() throws {
        #expect(try TextInput.decode(Data([0xEF, 0xBB, 0xBF] + Array("Tin".utf8)), what: "x") == "Tin")
    }

    @Test("the size limit is inclusive")
    func limit() throws {
        #expect(try TextInput.decode(Data(repeating: 0x61, count: 10), what: "x", limit: 10).count == 10)
        let error = try #require(decodeError(Array(repeating: 0x61, count: 11), limit: 10))
        #expect(error.kind == .invalidInput)
        #expect(error.message.contains("11 bytes"))
        #expect(TextInput.maximumBodyBytes == 2 * 1024 * 1024)
    }

    @Test(
        "singleLine trims and collapses whitespace",
        arguments: [
            ("  Thanh   Phú\u{A0} ", "Thanh Phú"),
            ("Kiểm tra\tviệc  thực hiện", "Kiểm tra việc thực hiện"),
            ("“ năm", "“ năm"),
        ])
    func singleLine(input: String, expected: String) throws {
        #expect(try TextInput.singleLine(input, what: .title) == expected)
    }

    @Test("singleLine returns NFC")
    func singleLineNFC() throws {
        let result = try TextInput.singleLine("Thăng".decomposedStringWithCanonicalMapping, what: .byline)
        #expect(Array(result.unicodeScalars) == Array("Thăng".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test(
        "singleLine refuses empty, multi-line and control text",
        arguments: [
            ("", "title is empty"), ("  \u{A0}\t ", "title is empty"),
            ("một\nhai", "single line"), ("một\r\nhai", "single line"), ("a\u{2028}b", "single line"),
            ("a\u{0}b", "U+0000"), ("a\u{1B}b", "U+001B"),
        ])
    func singleLineRefuses(input: String, fragment: String) {
        #expect {
            try TextInput.singleLine(input, what: .title)
        } throws: { error in
            guard let error = error as? GalleyError else { return false }
            return error.kind == .invalidInput && error.message.contains(fragment)
        }
    }

    @Test("singleLine enforces maxLength in characters")
    func singleLineLength() throws {
        let ok = String(repeating: "ư", count: 300)
        #expect(try TextInput.singleLine(ok, what: .title) == ok)
        #expect(throws: GalleyError.self) { try TextInput.singleLine(ok + "a", what: .title) }
        #expect(throws: GalleyError.self) { try TextInput.singleLine("abcd", what: .tag, maxLength: 3) }
    }
}
