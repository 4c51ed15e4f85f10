import Foundation
import Testing

/// Issue 12: `diff` shows what changed in every front-matter field — byline, tags, section,
/// title, extra keys, and the workflow's record — in words, beside the body's word diff.
@Suite("diff: every front-matter field in words")
struct DiffFieldsTests {
    struct Field: Equatable, CustomStringConvertible {
        var field: String
        var kind: String
        var content: Bool
        var old: String
        var new: String
        var segments: [String]
        var description: String { "\(field)(\(kind)) \(old) → \(new) \(segments)" }
    }

    /// `diff … --format json`'s fields, values written compactly: a list as "a|b", nothing as "∅",
    /// a segment as -text, +text or =text.
    static func fields(_ room: Newsroom, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> (Bool?, [Field]) {
        let object = try jsonObject(try room.ok(["diff"] + arguments + ["--format", "json"], sourceLocation: sourceLocation), sourceLocation: sourceLocation)
        func value(_ any: Any?) -> String {
            if let text = any as? String { return text }
            if let list = any as? [String] { return list.joined(separator: "|") }
            return "∅"
        }
        let fields = (object["fields"] as? [[String: Any]] ?? []).map { entry in
            Field(
                field: string(entry, "field") ?? "", kind: string(entry, "kind") ?? "", content: entry["content"] as? Bool ?? false,
                old: value(entry["old"]), new: value(entry["new"]),
                segments: (entry["segments"] as? [[String: Any]] ?? []).map { segment in
                    let mark = ["delete": "-", "insert": "+", "equal": "="][string(segment, "op") ?? ""] ?? "?"
                    return mark + (string(segment, "text") ?? "")
                })
        }
        return (object["changed"] as? Bool, fields)
    }

    /// A draft with a byline, a section, two tags and an extra key, as its author's work-tree copy.
    static func draft() throws -> (room: Newsroom, id: String, path: String) {
        let room = try Newsroom()
        let body = try room.writeScratch("b.md", "Đoạn một.\n")
        let id = try room.ok(["new", "Cầu Đồng Lạc thông xe", "--section", "thoi-su", "--tag", "dân vận", "--tag", "cũ", "--byline", "Thanh Phú",
                              "--body-file", body], as: Newsroom.reporter).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let path = try room.articlePath(id)
        try room.auditRewrite(path) { $0.replacingOccurrences(of: "\n---\n\n", with: "\nimage: \"anh/cau.jpg\"\n---\n\n") }
        try room.ok(["save", id], as: Newsroom.reporter)
        return (room, id, path)
    }

    struct Edit: CustomTestStringConvertible, Sendable {
        var name: String
        var old: String
        var new: String
        var expected: Field
        var testDescription: String { name }
    }

    static let edits: [Edit] = [
        Edit(name: "title", old: "title: \"Cầu Đồng Lạc thông xe\"", new: "title: \"Cầu Đồng Lạc chính thức thông xe\"",
             expected: Field(field: "title", kind: "text", content: true, old: "Cầu Đồng Lạc thông xe", new: "Cầu Đồng Lạc chính thức thông xe",
                             segments: ["=Cầu Đồng Lạc ", "+chính thức ", "=thông xe"])),
        Edit(name: "byline", old: "byline: \"Thanh Phú\"", new: "byline: \"Thanh Phú, Minh Đức\"",
             expected: Field(field: "byline", kind: "text", content: true, old: "Thanh Phú", new: "Thanh Phú, Minh Đức",
                             segments: ["=Thanh Phú", "+, Minh Đức"])),
        Edit(name: "byline removed", old: "byline: \"Thanh Phú\"\n", new: "",
             expected: Field(field: "byline", kind: "text", content: true, old: "Thanh Phú", new: "∅", segments: ["-Thanh Phú"])),
        Edit(name: "section", old: "section: \"thoi-su\"", new: "section: \"kinh-te\"",
             expected: Field(field: "section", kind: "text", content: true, old: "thoi-su", new: "kinh-te", segments: ["-thoi-su", "+kinh-te"])),
        Edit(name: "a tag added", old: "tags: [\"dân vận\", \"cũ\"]", new: "tags: [\"dân vận\", \"cũ\", \"Thái Bình\"]",
             expected: Field(field: "tags", kind: "list", content: true, old: "dân vận|cũ", new: "dân vận|cũ|Thái Bình",
                             segments: ["=dân vận", "=cũ", "+Thái Bình"])),
        Edit(name: "a tag replaced", old: "tags: [\"dân vận\", \"cũ\"]", new: "tags: [\"Thái Bình\", \"dân vận\"]",
             expected: Field(field: "tags", kind: "list", content: true, old: "dân vận|cũ", new: "Thái Bình|dân vận",
                             segments: ["+Thái Bình", "=dân vận", "-cũ"])),
        Edit(name: "an extra key", old: "image: \"anh/cau.jpg\"", new: "image: \"anh/cau-moi.jpg\"",
             expected: Field(field: "image", kind: "text", content: true, old: "image: \"anh/cau.jpg\"", new: "image: \"anh/cau-moi.jpg\"",
                             segments: ["=image: \"anh/cau", "+-moi", "=.jpg\""])),
    ]

    @Test("each field a person edits is reported alone, in words", arguments: edits)
    func oneField(_ edit: Edit) throws {
        let (room, id, path) = try Self.draft()
        let before = try room.head()
        try room.auditRewrite(path) { $0.replacingOccurrences(of: edit.old, with: edit.new) }
        try room.ok(["save", id], as: Newsroom.reporter)
        let (changed, fields) = try Self.fields(room, [id, before, try room.head()])
        #expect(changed == true)
        #expect(fields.filter(\.content) == [edit.expected], "\(fields)")
        #expect(fields.filter { !$0.content }.allSatisfy { $0.field == "updated" }, "a revision moves only the record's time: \(fields)")
    }

    @Test("text: every changed field in words, then the body; the record too; in the reader's language")
    func text() throws {
        let (room, id, path) = try Self.draft()
        try room.steps(id, [("submit", Newsroom.reporter)])
        try room.auditRewrite(path) {
            $0.replacingOccurrences(of: "byline: \"Thanh Phú\"", with: "byline: \"Thanh Phú, Minh Đức\"")
                .replacingOccurrences(of: "section: \"thoi-su\"", with: "section: \"kinh-te\"")
                .replacingOccurrences(of: "tags: [\"dân vận\", \"cũ\"]", with: "tags: [\"dân vận\", \"Thái Bình\"]")
        }
        try room.ok(["save", id], as: Newsroom.editor)
        try room.steps(id, [("approve", Newsroom.editor)])

        let plain = try room.ok(["diff", id], environment: ["NO_COLOR": "1"]).stdout
        let lines = plain.split(separator: "\n").map(String.init)
        for line in ["byline: Thanh Phú{+, Minh Đức+}", "section: [-thoi-su-]{+kinh-te+}", "tags: dân vận, [-cũ-], {+Thái Bình+}",
                     "state: [-submitted-]{+edited+}", "approvals: {+\(Newsroom.editor)+}", "no changes to the text"] {
            #expect(lines.contains(line), "lacks '\(line)':\n\(plain)")
        }
        #expect(!lines.contains { $0.hasPrefix("title:") || $0.hasPrefix("image:") }, "unchanged fields are left out:\n\(plain)")
        let order = ["state:", "byline:", "section:", "tags:", "approvals:"].compactMap { prefix in lines.firstIndex { $0.hasPrefix(prefix) } }
        #expect(order == order.sorted() && order.count == 5, "front-matter order:\n\(plain)")

        let (changed, fields) = try Self.fields(room, [id])
        #expect(changed == true, "the byline, section and tags are content")
        #expect(fields.filter(\.content).map(\.field) == ["byline", "section", "tags"], "\(fields)")
        #expect(fields.contains(Field(field: "approvals", kind: "list", content: false, old: "", new: Newsroom.editor, segments: ["+\(Newsroom.editor)"])))

        let vietnamese = try room.ok(["diff", id], environment: ["NO_COLOR": "1", "GALLEY_LANG": "vi"]).stdout
        for line in ["bút danh: Thanh Phú{+, Minh Đức+}", "thẻ: dân vận, [-cũ-], {+Thái Bình+}", "nội dung không thay đổi"] {
            #expect(vietnamese.contains(line), "lacks '\(line)':\n\(vietnamese)")
        }
    }

    @Test("only the record moved: changed is false and the text says so")
    func recordOnly() throws {
        let (room, id, _) = try Self.draft()
        let before = try room.head()
        try room.steps(id, [("submit", Newsroom.reporter)])
        let (changed, fields) = try Self.fields(room, [id, before, try room.head()])
        #expect(changed == false)
        #expect(fields.first == Field(field: "state", kind: "text", content: false, old: "draft", new: "submitted", segments: ["-draft", "+submitted"]))
        #expect(fields.allSatisfy { !$0.content }, "\(fields)")
    }
}
