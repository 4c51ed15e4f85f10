import Foundation
import Testing

@testable import Galley

/// The index's own encodings (issue 15): a row read back is the front matter
/// that was written, whatever its values hold.
@Suite("index columns")
struct IndexColumnsTests {
    @Test func theFixedFormReadsAsTimestampDoes() throws {
        var state: UInt64 = 15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let offsets = [0, 7 * 3600, -5 * 3600, 5 * 3600 + 45 * 60, -(9 * 3600 + 30 * 60), 14 * 3600, -12 * 3600]
        var instants: [Int] = [0, -1, 951_782_400, 951_868_799, 4_107_542_400, -12_219_292_800, 253_370_000_000]
        for _ in 0..<3000 { instants.append(next(8_000_000_000) - 1_000_000_000) }
        for instant in instants {
            for offset in offsets {
                let time = Timestamp(date: Date(timeIntervalSince1970: TimeInterval(instant)), offsetSeconds: offset)
                let text = time.iso8601
                #expect(IndexColumns.timestamp(text) == time, "\(text)")
                #expect(IndexColumns.timestamp(text) == Timestamp(iso8601: text), "\(text)")
            }
        }
        // Other forms and impossible dates go to Timestamp(iso8601:), which decides.
        for text in ["2019-09-11T18:11:27Z", "2019-02-29T00:00:00+07:00", "2019-09-11 18:11:27+0700", "1500-01-01T00:00:00+00:00", "x"] {
            #expect(IndexColumns.timestamp(text) == Timestamp(iso8601: text), "\(text)")
        }
    }

    @Test(arguments: [[], [""], ["", ""], ["a"], ["giao thông", "Hải Dương", ""], ["a\nb", "\u{1E}"]])
    func listsRoundTrip(items: [String]) {
        #expect(IndexColumns.items(IndexColumns.list(items)) == items)
    }

    static func meta(_ id: String, title: String, tags: [String] = [], corrections: [Correction] = [], extra: [ExtraField] = []) -> ArticleMeta {
        let time = Timestamp(date: Date(timeIntervalSince1970: 1_700_000_000), offsetSeconds: 7 * 3600)
        return ArticleMeta(
            id: id, title: title, state: "published", draft: false, author: "pv01", byline: "Phóng Viên", section: nil,
            tags: tags, created: time, updated: Timestamp(date: time.date.addingTimeInterval(60), offsetSeconds: 0),
            approvals: ["btv01", "tbt"], corrections: corrections, extra: extra)
    }

    @Test func rowsGiveBackTheFrontMatterWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("galley-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let time = Timestamp(date: Date(timeIntervalSince1970: 1_700_000_500), offsetSeconds: 7 * 3600)
        let metas = [
            Self.meta(
                "cau-dong-lac", title: "Thông xe cầu \"Đồng Lạc\"", tags: ["giao thông", ""],
                corrections: [Correction(time: time, actor: "tbt", note: "Sửa: 186 mét\nthay vì 168")],
                extra: [ExtraField(key: "image", yaml: "image: \"a.jpg\""), ExtraField(key: "resources", yaml: "resources:\n  - src: x")]),
            // Values the columns cannot hold (a NUL, the list terminator): kept as rendered front matter.
            Self.meta("bai-nul", title: "Tiêu đề\u{0}ẩn"),
            Self.meta("bai-tag-la", title: "Bài", tags: ["a\u{1F}b"]),
        ]
        #expect(metas.map(IndexColumns.isExact) == [true, false, false])
        let index = try ArticleIndex.open(gitDirectory: directory.path)
        try index.write { db in
            let writer = try ArticleIndex.RowWriter(db)
            for (offset, meta) in metas.enumerated() {
                #expect(try writer.write(meta, path: "articles/p\(offset)/index.md", db).existed == false)
            }
            // Written again: the same row, replaced.
            #expect(try writer.write(metas[0], path: "articles/p0/index.md", db).existed)
        }
        // The same time everywhere: newest first falls back to the id.
        let expected = metas.enumerated().map { StoredArticle(path: "articles/p\($0.offset)/index.md", document: ArticleDocument(meta: $0.element, body: "")) }
        #expect(try index.articles(ArticleFilter(state: "published")) == expected.sorted { $0.document.meta.id < $1.document.meta.id })
        #expect(try index.articles(ArticleFilter(state: "draft")).isEmpty)
    }
}
