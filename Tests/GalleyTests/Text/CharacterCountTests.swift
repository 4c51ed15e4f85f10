import Testing

@testable import Galley

/// `TerminalText.characterCount` counts scalars when every one stands alone (issue 15): it must
/// equal `String.count` for every text, whatever joins its scalars into characters.
@Suite("character count of a table cell")
struct CharacterCountTests {
    @Test func everyCodePointCountsAsStringCountAloneAndAmongVietnameseLetters() {
        var alone = 0
        for value in UInt32(0)...0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            if TerminalText.standsAlone(value) { alone += 1 }
            // Alone, between precomposed letters (a mark after "Đặ" joins it), first, and last.
            for sample in [text, "Đặng" + text + "Thăng", text + "bài", "bài " + text] {
                if TerminalText.characterCount(sample) != sample.count {
                    Issue.record("U+\(String(value, radix: 16, uppercase: true)) in \(sample.debugDescription)")
                }
            }
        }
        // The fast set: printable ASCII, U+00A0–U+024F, Latin Extended Additional, two punctuation runs.
        #expect(alone == 95 + 432 + 256 + 24 + 15)
    }

    @Test(arguments: [
        ("", 0),
        ("Thông xe cầu Đồng Lạc", 21),
        // Decomposed Vietnamese: "ặ" as a + dot below + breve is one character of three scalars.
        ("Đa\u{323}\u{306}ng", 4),
        ("e\u{301}", 1),
        ("“Thông xe” – 186 mét…", 21),
        ("báo 報紙 신문", 9),
        ("emoji 🗞️ 👩‍👩‍👧 🇻🇳", 11),
        ("ZWJ a\u{200D}b", 6),
        ("\r\n", 1),
        ("\u{600}a", 1),
        ("ᄀ\u{1161}\u{11A8}", 1),
        ("©\u{FE0F}", 1),
        ("a\u{200D}©", 2),
        (String(repeating: "Đặng Trọng Thăng ", count: 5_000), 85_000),
    ])
    func hostileAndOrdinaryTextCountsAsStringCount(text: String, characters: Int) {
        #expect(TerminalText.characterCount(text) == text.count)
        #expect(TerminalText.characterCount(text) == characters)
    }

    @Test func aCutUTF8SequenceIsNeverReadPastTheEnd() {
        // Every prefix of a mixed text, cut at each scalar boundary, still counts right.
        let text = "Đặng🗞️ 報 e\u{301}x"
        var prefix = ""
        for scalar in text.unicodeScalars {
            prefix.unicodeScalars.append(scalar)
            #expect(TerminalText.characterCount(prefix) == prefix.count, "\(prefix.debugDescription)")
        }
    }
}
