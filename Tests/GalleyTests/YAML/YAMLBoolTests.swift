import Foundation
import Testing

@testable import Galley

/// Issue 13: every reader of a YAML boolean — the fast front-matter reader, the Yams-based front matter
/// reader, people.yaml, galley.yaml and workflow.yaml — gives the same answer for the same text (YAMLBool).
@Suite("One YAML boolean")
struct YAMLBoolTests {
    /// A row of the table: the text after `key: ` and what every reader must make of it (nil: refused).
    struct Row: Sendable, CustomTestStringConvertible {
        var text: String
        var value: Bool?
        var testDescription: String { text }
    }

    static let table: [Row] = [
        Row(text: "true", value: true), Row(text: "false", value: false),
        Row(text: "True", value: true), Row(text: "TRUE", value: true),
        Row(text: "False", value: false), Row(text: "FALSE", value: false),
        Row(text: "yes", value: nil), Row(text: "no", value: nil), Row(text: "on", value: nil), Row(text: "off", value: nil),
        Row(text: "\"true\"", value: nil), Row(text: "'false'", value: nil), Row(text: "1", value: nil), Row(text: "0", value: nil),
        Row(text: "tRUE", value: nil), Row(text: "y", value: nil),
    ]

    static func frontMatterLines(_ text: String) -> [String] {
        ["id: bai", "title: \"T\"", "state: draft", "draft: \(text)", "author: phu", "created: 2019-09-11T18:11:27+07:00"]
    }

    @Test("the one definition", arguments: table)
    func theDefinition(_ row: Row) {
        #expect(YAMLBool.value(row.text) == row.value)
    }

    @Test("the fast front-matter reader answers the table or leaves the text to the full reader", arguments: table)
    func fastFrontMatter(_ row: Row) {
        let fast = CanonicalFrontMatter.read(Self.frontMatterLines(row.text))
        if let value = row.value {
            #expect(fast?.draft == value)
        } else {
            #expect(fast == nil, "the fast reader must not decide what the full reader refuses")
        }
    }

    @Test("front matter, by either path, answers the table", arguments: table, [false, true])
    func frontMatter(_ row: Row, slowPath: Bool) {
        // An unknown key sends the document past the fast reader, to Yams.
        let lines = Self.frontMatterLines(row.text) + (slowPath ? ["extra: 1"] : [])
        let text = "---\n" + lines.joined(separator: "\n") + "\n---\n\nThân.\n"
        let article = try? ArticleDocument.parse(text, path: "articles/2019/09/11/bai/index.md")
        #expect(article.map { $0.meta.draft } == row.value)
    }

    @Test("people.yaml `active:` answers the table", arguments: table)
    func people(_ row: Row) {
        let people = try? People.parse("people:\n  - id: phu\n    name: \"Phú\"\n    email: \"phu@example.vn\"\n    roles: [reporter]\n    active: \(row.text)\n")
        #expect(people?.people.first?.active == row.value)
        #expect((people == nil) == (row.value == nil))
    }

    /// galley.yaml holds text (Galley writes every value quoted, `fsync: "false"`): the text inside the
    /// quotes is read by the same definition, so only the quoting rows differ from the other files.
    @Test("galley.yaml `fsync:` and `press_law_notices:` answer the table for the text they hold", arguments: table)
    func newsroomConfig(_ row: Row) {
        let unquoted = row.text.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        let expected = YAMLBool.value(unquoted)
        let fsync = try? NewsroomConfig.parse("name: \"Báo\"\nfsync: \(row.text)\n")
        #expect(fsync.map { $0.fsyncEnabled } == expected)
        let notices = try? NewsroomConfig.parse("name: \"Báo\"\npress_law_notices: \(row.text)\n")
        #expect(notices.map { $0.pressLawNotices } == expected)
        // Kept as Galley writes it, whatever spelling was read.
        #expect(fsync.map { $0.rendered().contains("fsync: \"\(expected == true ? "true" : "false")\"") } ?? true)
    }

    @Test("workflow.yaml `published:`, `approval:` and `note:` answer the table", arguments: table)
    func workflow(_ row: Row) {
        func load(state: String = "", transition: String = "") -> Workflow? {
            try? WorkflowLoader.parse("""
                version: 1
                name: t
                roles: [reporter]
                states:
                  draft: { label: "Nháp"\(state) }
                transitions:
                  - { name: create, to: draft, by: [reporter]\(transition) }
                """)
        }
        #expect(load(state: ", published: \(row.text)")?.states.first?.isPublished == row.value)
        #expect(load(transition: ", approval: \(row.text)")?.transitions.first?.isApproval == row.value)
        #expect(load(transition: ", note: \(row.text)")?.transitions.first?.requiresNote == row.value)
    }
}
