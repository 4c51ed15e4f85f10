import Foundation
import Testing

@testable import Galley

/// The article object is written straight to bytes (issue 15, fourth round): for every shape of
/// article and every hostile string, the bytes must be exactly those of the `JSONValue` tree the
/// executable built before (kept here verbatim as `legacyObject`), rendered by the reference
/// writer of `JSONBytesTests`, pretty and compact.
@Suite("The article object written straight to bytes")
struct ArticleJSONTests {
    /// `ContractJSON.article` before the writer, verbatim: the oracle.
    static func legacyObject(_ article: StoredArticle, workflow: Workflow?, body: Bool) -> JSONValue {
        let meta = article.document.meta
        func notice(_ notice: CorrectionNotice) -> JSONValue {
            .object([
                ("original_title", .string(notice.originalTitle)), ("section", .optional(notice.section)),
                ("published", .string(notice.published.iso8601)), ("title_was", .optional(notice.titleWas)),
                ("wrong", .array(notice.wrong.map(JSONValue.string))), ("corrected", .array(notice.corrected.map(JSONValue.string))),
            ])
        }
        func retraction(_ retraction: Retraction) -> JSONValue {
            .object([("time", .string(retraction.time.iso8601)), ("actor", .string(retraction.actor)), ("reason", .string(retraction.reason))])
        }
        var fields: [(String, JSONValue)] = [
            ("id", .string(meta.id)), ("title", .string(meta.title)), ("state", .string(meta.state)), ("author", .string(meta.author)),
            ("section", .optional(meta.section)), ("tags", .array(meta.tags.map(JSONValue.string))), ("path", .string(article.path)),
            ("created", .string(meta.created.iso8601)), ("updated", .optional(meta.updated?.iso8601)),
            ("state_label", .optional(workflow?.state(meta.state)?.label)), ("draft", .bool(meta.draft)), ("byline", .optional(meta.byline)),
            ("approvals", .array(meta.approvals.map(JSONValue.string))),
            (
                "corrections",
                .array(
                    meta.corrections.map {
                        .object([
                            ("time", .string($0.time.iso8601)), ("actor", .string($0.actor)), ("note", .string($0.note)),
                            ("notice", $0.notice.map(notice) ?? .null),
                        ])
                    })
            ),
            ("last_note", .optional(article.lastNote)), ("summary", .optional(meta.summary)), ("source", .optional(meta.source)),
            ("source_url", .optional(meta.sourceURL)), ("publish_at", .optional(meta.publishDate?.iso8601)),
            ("embargo", .optional(meta.embargo?.iso8601)), ("retracted", meta.retracted.map(retraction) ?? .null),
            (
                "attachments",
                .array(
                    meta.resources.map {
                        .object([
                            ("name", .string($0.src)), ("caption", .optional($0.title)), ("credit", .optional($0.credit)),
                            ("alt", .optional($0.alt)),
                        ])
                    })
            ),
            ("assignee", .optional(meta.assignee)),
        ]
        if body { fields.append(("body", .string(article.document.body))) }
        return .object(fields)
    }

    static let hostile = [
        "", "Thông xe cầu Đồng Lạc", "Nhóm PV \"Kinh tế\"", "a\\b\\", "dòng một\ndòng hai\r\n", "tab\there", "\u{0}\u{1}\u{1F}\u{7F}",
        "\u{1B}[2J", "\u{80}\u{9F}\u{A0}", "\u{2028}\u{2029}", "\u{FEFF}bom", "emoji 🗞️ 👩‍👩‍👧 𝕏 \u{10FFFF}", "Đa\u{323}\u{306}ng",
    ]

    static func time(_ seconds: Int, _ offset: Int) -> Timestamp {
        Timestamp(date: Date(timeIntervalSince1970: TimeInterval(seconds)), offsetSeconds: offset)
    }

    /// An article with every field empty that may be, and one with every field set to `text`.
    static func articles(_ text: String) -> [StoredArticle] {
        let bare = ArticleMeta(id: "bai-1", title: text, state: "draft", author: "pv01", created: time(0, 0))
        var full = ArticleMeta(
            id: text, title: text, state: "published", draft: false, author: text, byline: text, section: text, summary: text, source: text,
            sourceURL: text, tags: [text, "thời sự", text], created: time(1_568_200_287, 7 * 3600), updated: time(1_568_300_000, -(5 * 3600 + 30 * 60)),
            publishDate: time(-1_000_000, 0), embargo: time(4_102_444_800, 14 * 3600), assignee: text, approvals: ["tbt", text],
            corrections: [
                Correction(time: time(1_600_000_000, 7 * 3600), actor: text, note: text),
                Correction(
                    time: time(1_600_000_001, 7 * 3600), actor: "bt", note: text,
                    notice: CorrectionNotice(
                        originalTitle: text, section: text, published: time(1_599_000_000, 7 * 3600), titleWas: text, wrong: [text, ""],
                        corrected: [])),
                Correction(
                    time: time(1_600_000_002, 0), actor: "bt", note: "",
                    notice: CorrectionNotice(originalTitle: "", section: nil, published: time(0, 0), titleWas: nil, wrong: [], corrected: [text])),
            ],
            retracted: Retraction(time: time(1_700_000_000, 7 * 3600), actor: text, reason: text),
            resources: [ArticleResource(src: text), ArticleResource(src: "anh.jpg", title: text, credit: text, alt: text)])
        full.extra = []
        return [
            StoredArticle(path: "articles/2019/09/11/bai-1/index.md", document: ArticleDocument(meta: bare, body: "")),
            StoredArticle(path: text, document: ArticleDocument(meta: full, body: text + "\n\n" + text), lastNote: text),
        ]
    }

    static let workflow: Workflow? = try? WorkflowLoader.load(BuiltIn.workflow(named: "standard") ?? "")

    @Test(arguments: hostile)
    func everyArticleShapeIsWrittenAsBefore(text: String) throws {
        let workflow = try #require(Self.workflow)
        for article in Self.articles(text) {
            for (flow, body) in [(Optional(workflow), false), (nil, true), (Optional(workflow), true)] {
                let legacy = Self.legacyObject(article, workflow: flow, body: body)
                for pretty in [true, false] {
                    var writer = JSONWriter(pretty: pretty)
                    ArticleJSON.write(article, workflow: flow, body: body, into: &writer)
                    let written = writer.take()
                    #expect(written == Array(JSONBytesTests.reference(legacy, pretty: pretty).utf8))
                }
                // The tree (CSV's cells) is the same object, field for field.
                let tree = ArticleJSON.object(article, workflow: flow, body: body)
                #expect(tree.rendered(pretty: false) == JSONBytesTests.reference(legacy, pretty: false))
            }
        }
    }

    /// A listing as `list --format json` writes it, in pieces of every size, is the legacy array.
    @Test(arguments: [1, 100, 1 << 16])
    func aListingWrittenInPiecesIsTheLegacyArray(piece: Int) throws {
        let workflow = try #require(Self.workflow)
        let articles = Self.hostile.flatMap(Self.articles)
        let legacy = JSONValue.array(articles.map { Self.legacyObject($0, workflow: workflow, body: false) })
        for pretty in [true, false] {
            var pieces: [[UInt8]] = []
            JSONWriter.writeArray(articles, pretty: pretty, piece: piece, { pieces.append($0) }) { article, writer in
                ArticleJSON.write(article, workflow: workflow, into: &writer)
            }
            #expect(pieces.flatMap { $0 } == Array(JSONBytesTests.reference(legacy, pretty: pretty).utf8))
            #expect(!pieces.contains { $0.isEmpty })
        }
        var empty: [UInt8] = []
        JSONWriter.writeArray([StoredArticle](), { empty += $0 }) { _, _ in Issue.record("no article to write") }
        #expect(empty == Array("[]".utf8))
    }

    /// The CSV columns are read off the definition: exactly the contract's fields, in its order.
    @Test func theFieldNamesAreTheContractsInOrder() {
        #expect(
            ArticleJSON.fieldNames == [
                "id", "title", "state", "author", "section", "tags", "path", "created", "updated", "state_label", "draft", "byline",
                "approvals", "corrections", "last_note", "summary", "source", "source_url", "publish_at", "embargo",
                "retracted", "attachments", "assignee",
            ])
    }

    /// A value given to a sink comes out as it went in: the tree rebuilds it, the writer writes its bytes.
    @Test(arguments: hostile)
    func aValueThroughEitherSinkIsItself(text: String) {
        let value = JSONValue.array([
            .object([(text, .string(text)), ("n", .number(Int.min)), ("b", .bool(true)), ("z", .null), ("e", .object([])), ("a", .array([]))]),
            .array([.array([.object([("x", .array([.bool(false), .string(text)]))])])]), .number(0),
        ])
        for pretty in [true, false] {
            var writer = JSONWriter(pretty: pretty, indent: "  ")
            writer.value(value)
            let written = writer.take()
            #expect(written == Array(JSONBytesTests.reference(value, pretty: pretty, indent: "  ").utf8))
        }
        var tree = JSONTree()
        tree.value(value)
        #expect(tree.value.rendered() == JSONBytesTests.reference(value, pretty: true))
    }
}
