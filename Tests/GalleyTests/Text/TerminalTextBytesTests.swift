import Testing

@testable import Galley

/// `TerminalText.isClean` reads UTF-8 bytes instead of scalars (issue 15): it must agree with
/// the scalar rule for every code point, wherever in the text it stands.
@Suite("terminal text, read bytewise")
struct TerminalTextBytesTests {
    @Test(arguments: [false, true])
    func theBytewiseCheckAgreesWithTheScalarRuleForEveryCodePoint(multiline: Bool) {
        var replaced = 0
        for value in UInt32(0)...0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = !TerminalText.needsReplacing(scalar, multiline: multiline)
            let alone = String(Character(scalar))
            // Alone, between Vietnamese letters, and last (where a multi-byte check must not read past the end).
            for text in [alone, "Đặng" + alone + "Thăng", "bài " + alone] where TerminalText.isClean(text, multiline: multiline) != expected {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription), multiline \(multiline)")
            }
            if !expected { replaced += 1 }
        }
        // C0 (less tab and newline when multiline), DEL, C1, and the twelve bidirectional controls.
        #expect(replaced == (multiline ? 30 : 32) + 1 + 32 + 12)
    }

    @Test func aLongCleanListingWithOneHiddenControlIsNotClean() {
        let row = "2026-12-01-cau-dong-lac  Đã xuất bản  phongvien  thoi-su  “Thông xe” cầu Đồng Lạc – 186 mét\n"
        let table = String(repeating: row, count: 2_000)
        #expect(TerminalText.isClean(table, multiline: true))
        #expect(TerminalText.clean(table) == table)
        for hidden in ["\u{202E}", "\u{1B}[2J", "\u{85}", "\u{61C}", "\u{2069}"] {
            let hostile = table + "Tiêu đề" + hidden
            #expect(!TerminalText.isClean(hostile, multiline: true), "\(hidden.unicodeScalars.map(\.value))")
            #expect(!TerminalText.clean(hostile).contains(hidden), "\(hidden.unicodeScalars.map(\.value))")
        }
    }
}
