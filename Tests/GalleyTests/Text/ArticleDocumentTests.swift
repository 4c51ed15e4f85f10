import Foundation
import Testing

import Galley

@Suite("ArticleDocument")
struct ArticleDocumentTests {
    static func time(_ text: String) -> Timestamp {
        Timestamp(iso8601: text) ?? Timestamp(date: Date(timeIntervalSince1970: 0), offsetSeconds: 0)
    }

    static let full = ArticleDocument(
        meta: ArticleMeta(
            id: "kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-2019",
            title: "Kiểm tra việc thực hiện “năm dân vận chính quyền 2019”",
            state: "submitted", draft: true, author: "thanhphu",
            byline: "Thanh Phú", section: "thoi-su", tags: ["dân vận", "Thái Bình"],
            created: time("2019-09-11T18:11:27+07:00"), updated: time("2019-09-12T08:00:00+07:00"),
            approvals: ["hangoc"],
            corrections: [Correction(time: time("2019-09-13T09:00:00+07:00"), actor: "tbt", note: "Sửa tên")]),
        body: "Tiếp tục quán triệt…\n")

    @Test("rendering is the documented layout, key for key")
    func golden() {
        let expected = """
            ---
            id: kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-2019
            title: "Kiểm tra việc thực hiện “năm dân vận chính quyền 2019”"
            state: submitted
            draft: true
            author: thanhphu
            byline: "Thanh Phú"
            section: "thoi-su"
            tags: ["dân vận", "Thái Bình"]
            created: 2019-09-11T18:11:27+07:00
            updated: 2019-09-12T08:00:00+07:00
            approvals: ["hangoc"]
            corrections:
              - time: 2019-09-13T09:00:00+07:00
                actor: "tbt"
                note: "Sửa tên"
            ---

            Tiếp tục quán triệt…

            """
        #expect(Self.full.rendered() == expected)
    }

    @Test("optional keys are omitted when absent; tags are always written")
    func minimal() throws {
        let doc = ArticleDocument(
            meta: ArticleMeta(id: "a", title: "A", state: "draft", draft: true, author: "x", created: Self.time("2019-09-11T18:11:27+07:00")),
            body: "")
        let text = doc.rendered()
        #expect(text == "---\nid: a\ntitle: \"A\"\nstate: draft\ndraft: true\nauthor: x\ntags: []\ncreated: 2019-09-11T18:11:27+07:00\n---\n\n")
        #expect(try ArticleDocument.parse(text, path: "a.md") == doc)
    }

    static let awkward: [String] = [
        "Title: with a colon", "# not a comment", "---", "--- a", "\"quoted\" and 'single'", "back\\slash \\n",
        "null", "yes", "no", "~", "123", "2019-09-11", "- a list?", "{a: b}", "[x, y]", "&anchor *alias", "!tag value",
        "  leading and trailing  ", "tab\there", "line\u{2028}separator", "🎉 emoji 👩🏽‍💻", "ký tự \u{0}nul and \u{1B}esc",
        "Kiểm tra việc thực hiện “ năm dân vận chính quyền 2019”", "%YAML 1.2", "@at `tick`", "a: b\n---\nc: d",
    ]

    @Test("parse(rendered()) == self for awkward text", arguments: awkward)
    func roundTrip(text: String) throws {
        var doc = Self.full
        doc.meta.title = text
        doc.meta.byline = text
        doc.meta.section = text
        doc.meta.tags = [text, "b", text]
        doc.meta.approvals = ["hangoc", "tbt"]
        doc.meta.corrections.append(Correction(time: Self.time("2019-09-14T01:02:03-05:30"), actor: "x", note: "line one\n\(text)\nline three"))
        doc = ArticleDocument(meta: doc.meta, body: "# Heading\n\n---\n\n\(text)\n")
        let parsed = try ArticleDocument.parse(doc.rendered(), path: "articles/x/index.md")
        #expect(parsed == doc)
    }

    @Test("identifiers YAML would misread are quoted and still round-trip")
    func identifiers() throws {
        var doc = Self.full
        doc.meta.id = "2019"
        doc.meta.state = "no"
        doc.meta.author = "null"
        let text = doc.rendered()
        #expect(text.contains("id: \"2019\"\n"))
        #expect(text.contains("state: \"no\"\n"))
        #expect(text.contains("author: \"null\"\n"))
        #expect(try ArticleDocument.parse(text, path: "x") == doc)
    }

    @Test("decomposed input is rendered and parsed as NFC")
    func nfd() throws {
        var doc = Self.full
        doc.meta.title = Self.full.meta.title.decomposedStringWithCanonicalMapping
        doc.meta.tags = Self.full.meta.tags.map(\.decomposedStringWithCanonicalMapping)
        doc.body = "Đặng Trọng Thăng".decomposedStringWithCanonicalMapping
        let text = doc.rendered()
        #expect(Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        let parsed = try ArticleDocument.parse(text, path: "x")
        #expect(Array(parsed.meta.title.unicodeScalars) == Array(Self.full.meta.title.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(Array(parsed.body.unicodeScalars) == Array("Đặng Trọng Thăng\n".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    static let designExample = """
        ---
        id: kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-2019
        title: "Kiểm tra việc thực hiện “năm dân vận chính quyền 2019”"
        state: submitted
        draft: true
        author: thanhphu
        byline: Thanh Phú
        section: thoi-su
        tags: [dân vận, Thái Bình]
        created: 2019-09-11T18:11:27+07:00
        ---
        body…

        """

    @Test("the hand-written example of the design page parses; created stays text with its offset")
    func designExample() throws {
        let doc = try ArticleDocument.parse(Self.designExample, path: "index.md")
        #expect(doc.meta.byline == "Thanh Phú")
        #expect(doc.meta.section == "thoi-su")
        #expect(doc.meta.tags == ["dân vận", "Thái Bình"])
        #expect(doc.meta.draft)
        #expect(doc.meta.updated == nil)
        #expect(doc.body == "body…\n")
        // Yams.load would have made a Date in UTC; the node API keeps the written offset.
        #expect(doc.meta.created.iso8601 == "2019-09-11T18:11:27+07:00")
        #expect(doc.meta.created.offsetSeconds == 7 * 3600)
    }

    @Test("unknown keys survive in order, verbatim")
    func extras() throws {
        let text = """
            ---
            id: a
            image: "cover.jpg"   # Hugo
            title: "A"
            state: draft
            params:
              toc: true
              weights: [1, 2]

            author: x
            created: 2019-09-11T18:11:27+07:00
            aliases:
              - /old/a
            ---

            Body.

            """
        let doc = try ArticleDocument.parse(text, path: "x")
        #expect(doc.meta.extra == [
            ExtraField(key: "image", yaml: "image: \"cover.jpg\"   # Hugo"),
            ExtraField(key: "params", yaml: "params:\n  toc: true\n  weights: [1, 2]"),
            ExtraField(key: "aliases", yaml: "aliases:\n  - /old/a"),
        ])
        let rendered = doc.rendered()
        #expect(rendered.contains("created: 2019-09-11T18:11:27+07:00\nimage: \"cover.jpg\"   # Hugo\nparams:\n  toc: true\n"))
        #expect(try ArticleDocument.parse(rendered, path: "x") == doc)
    }

    @Test(
        "body: exactly one blank line after the closing --- is dropped",
        arguments: [
            ("---\nid: a\ntitle: A\nstate: s\nauthor: x\ncreated: 2019-09-11T18:11:27Z\n---\n\nBody\n", "Body\n"),
            ("---\nid: a\ntitle: A\nstate: s\nauthor: x\ncreated: 2019-09-11T18:11:27Z\n---\nBody", "Body\n"),
            ("---\nid: a\ntitle: A\nstate: s\nauthor: x\ncreated: 2019-09-11T18:11:27Z\n---\n\n\n  Code\n\n\n", "\n  Code\n"),
            ("---\nid: a\ntitle: A\nstate: s\nauthor: x\ncreated: 2019-09-11T18:11:27Z\n---\n", ""),
            ("---\nid: a\ntitle: A\nstate: s\nauthor: x\ncreated: 2019-09-11T18:11:27Z\n---", ""),
            ("---\r\nid: a\r\ntitle: A\r\nstate: s\r\nauthor: x\r\ncreated: 2019-09-11T18:11:27Z\r\n---\r\n\r\nOne\r\nTwo\r\n", "One\nTwo\n"),
        ])
    func body(text: String, body: String) throws {
        let doc = try ArticleDocument.parse(text, path: "x")
        #expect(doc.body == body)
        #expect(try ArticleDocument.parse(doc.rendered(), path: "x") == doc)
    }

    static let head = "---\nid: a\ntitle: A\nstate: s\nauthor: x\n"

    @Test(
        "broken front matter names the file and line",
        arguments: [
            ("id: a\ntitle: A\n", 1, "opening"),
            ("\n---\nid: a\n---\n", 1, "opening"),
            (head + "created: 2019-09-11T18:11:27Z\n\nbody\n", 1, "closing"),
            (head + "created: 2019-09-11T18:11:27Z\ntags: [a, b\n---\n", 8, "YAML"),
            (head + "bad: a: b\ncreated: 2019-09-11T18:11:27Z\n---\n", 6, "YAML"),
            (head + "created: 2019-09-11T18:11:27Z\n  indented: x\n---\n", 7, "YAML"),
            ("---\nid: a\ntitle: A\nstate: s\ncreated: 2019-09-11T18:11:27Z\n---\n", 6, "'author'"),
            ("---\ntitle: A\nstate: s\nauthor: x\ncreated: 2019-09-11T18:11:27Z\n---\n", 6, "'id'"),
            (head + "---\n", 6, "'created'"),
            (head + "created: 11.09.2019\n---\n", 6, "ISO 8601"),
            (head + "created: 2019-09-11T18:11:27\n---\n", 6, "ISO 8601"),
            (head + "created: 2019-09-11T18:11:27Z\ntags: dân vận\n---\n", 7, "list"),
            (head + "created: 2019-09-11T18:11:27Z\ndraft: maybe\n---\n", 7, "true or false"),
            (head + "created: 2019-09-11T18:11:27Z\ndraft: \"true\"\n---\n", 7, "true or false"),
            ("---\nid: ../../etc\ntitle: A\nstate: s\nauthor: x\ncreated: 2019-09-11T18:11:27Z\n---\n", 2, "not a valid article id"),
            ("---\nid: a\ntitle: A\nstate: s\nauthor: Thanh Phú\ncreated: 2019-09-11T18:11:27Z\n---\n", 5, "person id"),
            ("---\nid: a\ntitle: \"  \"\nstate: s\nauthor: x\ncreated: 2019-09-11T18:11:27Z\n---\n", 3, "empty"),
            ("---\nid: a\ntitle: [A]\nstate: s\nauthor: x\ncreated: 2019-09-11T18:11:27Z\n---\n", 3, "text"),
            (head + "created: 2019-09-11T18:11:27Z\ntitle: B\n---\n", 7, "duplicate"),
            (head + "created: 2019-09-11T18:11:27Z\ncorrections:\n  - time: 2019-09-11T18:11:27Z\n    actor: x\n---\n", 8, "no 'note'"),
            (head + "created: 2019-09-11T18:11:27Z\ncorrections: yes\n---\n", 7, "corrections"),
            ("---\n- a\n- b\n---\n", 2, "mapping"),
            ("---\n{id: a, title: A}\n---\n", 2, "block"),
            ("---\n---\n", 1, "empty"),
        ])
    func broken(text: String, line: Int, fragment: String) {
        #expect {
            try ArticleDocument.parse(text, path: "articles/2019/09/11/a/index.md")
        } throws: { error in
            guard let error = error as? GalleyError, error.kind == .invalidInput else { return false }
            let ok = error.message.hasPrefix("articles/2019/09/11/a/index.md:\(line): ") && error.message.contains(fragment)
            if !ok { Issue.record("unexpected message: \(error.message)") }
            return ok
        }
    }
}
