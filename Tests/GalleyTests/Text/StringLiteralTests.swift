import Foundation
import Testing

@testable import Galley

/// JSON output relies on `StringLiteral` for exactness and safety: every control
/// character is escaped (so JSON never carries a raw escape sequence to a terminal)
/// and a JSON parser reads back the very same text.
@Suite("JSON string literals")
struct StringLiteralTests {
    static let controls: [Unicode.Scalar] = (0x00...0x1F).compactMap(Unicode.Scalar.init) + (0x7F...0x9F).compactMap(Unicode.Scalar.init)

    @Test func everyC0DelAndC1IsEscapedAndReadsBack() throws {
        #expect(Self.controls.count == 32 + 33)
        for scalar in Self.controls {
            let text = "a\(Character(scalar))b"
            let quoted = StringLiteral.quoted(text)
            #expect(!quoted.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) is not escaped: \(quoted)")
            #expect(quoted.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) })
            let back = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: [.fragmentsAllowed]) as? String
            #expect(back.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func vietnameseAndBidiTextReadsBackExactly() throws {
        let text = "Giá xăng \u{202E}tăng\u{202C} mạnh \"trích\" \\ \u{1B}[31m"
        let back = try JSONSerialization.jsonObject(with: Data(StringLiteral.quoted(text).utf8), options: [.fragmentsAllowed]) as? String
        #expect(back.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars))
    }

    @Test("the unescaped fast path and the escaping path give JSON that reads back the same text",
          arguments: ["Thông xe cầu Đồng Lạc", "plain ascii", "", "“ngoặc kép” — gạch", "a\u{2028}b\u{2029}c", "\u{FEFF}bom", "nbsp\u{A0}x",
                      "tab\there", "quote\"in", "back\\slash", "\u{85}nel", "ư đ ơ ă", "😀 emoji", "\u{7F}del"])
    func fastPathAgrees(_ text: String) throws {
        let quoted = StringLiteral.quoted(text)
        let back = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: [.fragmentsAllowed]) as? String
        #expect(back.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars), "\(quoted)")
        #expect(!quoted.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" || $0.value < 0x20 }, "\(quoted)")
    }
}
