import Foundation
import Testing

@testable import Galley

/// A mistake in an article's front matter, in both languages: one sample per problem, the
/// Vietnamese in NFC, the file, line and facts in both.
@Suite("Front matter messages")
struct FrontMatterMessageTests {
    static let problems: [FrontMatterMessage.Problem] = [
        .noOpening, .noClosing, .empty, .notAMapping, .notBlockStyle, .keyNotPlainText,
        .duplicateKey(key: "title"), .duplicateKeys(keys: ["tags", "title"]), .missingKey(key: "state"),
        .invalidID(id: "Cau Dong Lac", maximumLength: 84), .titleEmpty, .notAPersonID(key: "author", value: "Thanh Phú"),
        .notText(key: "summary"), .notBoolean(key: "featured"), .notAList(key: "tags"),
        .notATime(key: "created", value: "hôm qua"), .yamlError(detail: "mapping values are not allowed in this context"),
        .unreadableYAML(detail: "invalid encoding"),
    ]
    static let samples = problems.map { FrontMatterMessage(file: "articles/2026/12/01/cau-dong-lac/index.md", line: 3, problem: $0) }

    static func name(of message: FrontMatterMessage) -> String {
        switch message.problem {
        case .noOpening: "noOpening"
        case .noClosing: "noClosing"
        case .empty: "empty"
        case .notAMapping: "notAMapping"
        case .notBlockStyle: "notBlockStyle"
        case .keyNotPlainText: "keyNotPlainText"
        case .duplicateKey: "duplicateKey"
        case .duplicateKeys: "duplicateKeys"
        case .missingKey: "missingKey"
        case .invalidID: "invalidID"
        case .titleEmpty: "titleEmpty"
        case .notAPersonID: "notAPersonID"
        case .notText: "notText"
        case .notBoolean: "notBoolean"
        case .notAList: "notAList"
        case .notATime: "notATime"
        case .yamlError: "yamlError"
        case .unreadableYAML: "unreadableYAML"
        }
    }

    static func facts(of problem: FrontMatterMessage.Problem) -> [String] {
        switch problem {
        case .noOpening, .noClosing: ["'---'"]
        case .empty, .notAMapping, .keyNotPlainText: []
        case .notBlockStyle: ["1"]
        case .duplicateKey(let key), .missingKey(let key), .notText(let key), .notBoolean(let key): ["'\(key)'"]
        case .duplicateKeys(let keys): [keys.map { "'\($0)'" }.joined(separator: ", ")]
        case .invalidID(let id, let maximumLength): [id, "\(maximumLength)"]
        case .titleEmpty: ["'title'"]
        case .notAPersonID(let key, let value), .notATime(let key, let value): [key, value]
        case .notAList(let key): ["\(key): [\"a\", \"b\"]"]
        case .yamlError(let detail), .unreadableYAML(let detail): ["YAML", detail]
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.samples.count)
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC, the place and facts in both", arguments: samples)
    func bothLanguages(_ fact: FrontMatterMessage) {
        let vietnamese = Catalog.render(.frontMatter(fact), in: .vi)
        let english = Catalog.render(.frontMatter(fact), in: .en)
        #expect(vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
        for text in [vietnamese, english] {
            #expect(text.hasPrefix("\(fact.file):\(fact.line): "), "\(text)")
            for fact in Self.facts(of: fact.problem) { #expect(text.contains(fact), "\(text) lacks \(fact)") }
        }
    }

    @Test("a hand edit that breaks the front matter: the English as before, the Vietnamese from the catalog")
    func fromTheParser() throws {
        let text = "---\nid: cau-dong-lac\ntitle: \"\"\nstate: draft\nauthor: thanhphu\ncreated: 2026-12-01T09:00:00+07:00\n---\n\nThân bài.\n"
        let error = try #require(throws: GalleyError.self) { try ArticleDocument.parse(text, path: "bai.md") }
        #expect(error.message == "bai.md:3: 'title' is empty")
        #expect(error.text(in: .vi) == "bai.md:3: 'title' đang để trống")
        let unclosed = try #require(throws: GalleyError.self) { try ArticleDocument.parse("---\nid: a\n", path: "bai.md") }
        #expect(unclosed.message == "bai.md:1: the front matter opened here has no closing '---'")
        #expect(unclosed.text(in: .vi).contains("không có dòng '---' đóng lại"))
    }
}
