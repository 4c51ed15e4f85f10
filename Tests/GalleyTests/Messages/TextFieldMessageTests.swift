import Foundation
import Testing

@testable import Galley

/// Typed text the text gate refuses, in both languages: every field named in each, the Vietnamese
/// in NFC, the facts (lengths, limits, the character, the line) in both.
@Suite("Text field messages")
struct TextFieldMessageTests {
    static let fields: [TextFieldMessage.Field] = [
        .title, .byline, .section, .summary, .source, .sourceLink, .tag, .penName, .caption, .credit, .alt, .assignedSection,
        .name, .email, .value, .adminName, .adminEmail, .newsroomName, .sectionLabel(key: "thoi-su"),
    ]

    static let samples: [TextFieldMessage] = [
        .notSingleLine(.title),
        .controlCharacter(.byline, "\u{1B}"),
        .empty(.summary),
        .tooLong(.tag, length: 81, limit: 80),
        .tooLarge(what: "bai.md", bytes: 3_000_000, limit: 2_162_704),
        .controlCharacterOnLine(what: "bai.md", character: "\u{0}", line: 4),
    ]

    static func name(of message: TextFieldMessage) -> String {
        switch message {
        case .notSingleLine: "notSingleLine"
        case .controlCharacter: "controlCharacter"
        case .empty: "empty"
        case .tooLong: "tooLong"
        case .tooLarge: "tooLarge"
        case .controlCharacterOnLine: "controlCharacterOnLine"
        }
    }

    static func facts(of message: TextFieldMessage) -> [String] {
        switch message {
        case .notSingleLine, .empty: []
        case .controlCharacter(_, let character): [TextInput.describe(character)]
        case .tooLong(_, let length, let limit): ["\(length)", "\(limit)"]
        case .tooLarge(let what, let bytes, let limit): [what, "\(bytes)", "\(limit)"]
        case .controlCharacterOnLine(let what, let character, let line): [what, TextInput.describe(character), "\(line)"]
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.samples.count)
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC, the facts in both", arguments: samples)
    func bothLanguages(_ fact: TextFieldMessage) {
        let vietnamese = Catalog.render(.textField(fact), in: .vi)
        let english = Catalog.render(.textField(fact), in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        for text in [vietnamese, english] {
            for fact in Self.facts(of: fact) { #expect(text.contains(fact), "\(text) lacks \(fact)") }
        }
    }

    @Test("every field is named in both languages, differently, and names apart", arguments: fields)
    func fieldNames(_ field: TextFieldMessage.Field) {
        let vietnamese = Catalog.render(.textField(.empty(field)), in: .vi)
        let english = Catalog.render(.textField(.empty(field)), in: .en)
        #expect(vietnamese.hasSuffix(" đang để trống") && english.hasSuffix(" is empty"), "\(vietnamese) / \(english)")
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping)
        let others = Self.fields.filter { $0 != field }.map { Catalog.render(.textField(.empty($0)), in: .vi) }
        #expect(!others.contains(vietnamese), "\(field) is named like another field: \(vietnamese)")
        if case .sectionLabel(let key) = field { #expect(vietnamese.contains(key) && english.contains(key)) }
    }

    @Test("the English as scripts read it, from the text gate itself")
    func fromTheGate() throws {
        let error = try #require(throws: GalleyError.self) { try TextInput.singleLine("  ", what: .title) }
        #expect(error.message == "the title is empty")
        #expect(error.text(in: .vi) == "Tiêu đề đang để trống")
        #expect(error.exitCode == 3)
    }
}
