import Foundation
import Testing

@testable import Galley

/// The fast reader must agree with the full YAML reader on everything Galley
/// writes, and step aside (nil) for anything else.
@Suite struct CanonicalFrontMatterTests {
    static let created = Timestamp(date: Date(timeIntervalSince1970: 1_568_200_287), offsetSeconds: 7 * 3600)

    static let documents: [ArticleDocument] = {
        let awkward = [
            "Kiểm tra việc thực hiện “năm dân vận chính quyền 2019”", "Tiêu đề: có dấu hai chấm # và \"ngoặc kép\"",
            "---", "a\\b", "tab\there", "emoji 🎉 và \u{2028} ngắt", "Đặng Trọng Thăng",
        ]
        var list: [ArticleDocument] = []
        for (index, title) in awkward.enumerated() {
            var meta = ArticleMeta(
                id: "bai-\(index)", title: title, state: index % 2 == 0 ? "draft" : "published", draft: index % 2 == 0,
                author: "thanhphu", byline: index % 3 == 0 ? nil : "Thanh Phú", section: index % 4 == 0 ? nil : "thoi-su",
                tags: index % 2 == 0 ? [] : ["dân vận", title], created: created,
                updated: index % 5 == 0 ? nil : Timestamp(date: created.date.addingTimeInterval(3600), offsetSeconds: -5 * 3600))
            if index % 2 == 1 {
                meta.approvals = ["hangoc", "tbt"]
                meta.corrections = [Correction(time: created, actor: "tbt", note: "Sửa: \"tên\"\nnhân vật")]
            }
            list.append(ArticleDocument(meta: meta, body: "Đoạn một.\n\nĐoạn hai về \(title)."))
        }
        return list
    }()

    static func frontMatterLines(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let close = lines.dropFirst().firstIndex(of: "---") else { return [] }
        return Array(lines[1..<close])
    }

    @Test(arguments: documents)
    func galleysOwnRenderingTakesTheFastPathAndRoundTrips(_ document: ArticleDocument) throws {
        let text = document.rendered()
        let fast = try #require(CanonicalFrontMatter.read(Self.frontMatterLines(text)), "fast path declined:\n\(text)")
        #expect(fast == document.meta)
        #expect(try ArticleDocument.parse(text, path: "x.md") == document)
    }

    @Test(arguments: [
        "id: bai\ntitle: \"T\"\nstate: draft\nauthor: phu\ncreated: 2019-09-11T18:11:27+07:00\nimage: anh.jpg",  // unknown key
        "id: bai\ntitle: T\nstate: draft\nauthor: phu\ncreated: 2019-09-11T18:11:27+07:00",  // plain title
        "# a comment\nid: bai\ntitle: \"T\"\nstate: draft\nauthor: phu\ncreated: 2019-09-11T18:11:27+07:00",
        "id: bai\ntitle: \"T\" # note\nstate: draft\nauthor: phu\ncreated: 2019-09-11T18:11:27+07:00",
        "id: bai\ntitle:  \"T\"\nstate: draft\nauthor: phu\ncreated: 2019-09-11T18:11:27+07:00",
        "id: bai\ntitle: \"T\"\nstate: draft\ndraft: yes\nauthor: phu\ncreated: 2019-09-11T18:11:27+07:00",
        "id: bai\ntitle: \"T\"\nstate: draft\nauthor: phu\ntags: [a, b]\ncreated: 2019-09-11T18:11:27+07:00",
        "id: \"2019\"\ntitle: \"T\"\nstate: draft\nauthor: phu\ncreated: 2019-09-11T18:11:27+07:00",
        "id: bai\nid: bai\ntitle: \"T\"\nstate: draft\nauthor: phu\ncreated: 2019-09-11T18:11:27+07:00",
        "id: bai\ntitle: \"T\"\nstate: draft\nauthor: phu",
    ])
    func anythingElseIsLeftToTheFullReader(_ yaml: String) {
        #expect(CanonicalFrontMatter.read(yaml.split(separator: "\n").map(String.init)) == nil)
    }

    @Test func handEditedButValidFrontMatterStillParses() throws {
        let text = "---\nid: bai\ntitle: T\nstate: draft\nauthor: phu\ntags: [a, b]\ncreated: 2019-09-11T18:11:27+07:00\n---\n\nThân bài.\n"
        let document = try ArticleDocument.parse(text, path: "x.md")
        #expect(document.meta.title == "T")
        #expect(document.meta.tags == ["a", "b"])
    }
}
