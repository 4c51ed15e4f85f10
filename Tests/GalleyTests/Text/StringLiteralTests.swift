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
}
