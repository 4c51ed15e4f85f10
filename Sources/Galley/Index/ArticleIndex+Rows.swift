import GRDB

/// One article row: written from parsed front matter, read back into
/// `StoredArticle` column by column, so that listing thousands of articles
/// parses no YAML (issue 15).
extension ArticleIndex {
    /// The columns an article row is written with, in the order of `columnValues`.
    static let writtenColumns = [
        "id", "path", "title", "state", "draft", "author", "byline", "section", "tags", "created", "updated", "approvals",
        "corrections", "extra", "front_matter", "changed", "changed_offset", "summary", "source", "source_url", "publish_date", "embargo",
    ]

    static func columnValues(_ meta: ArticleMeta, path: String) -> [(any DatabaseValueConvertible)?] {
        let changed = meta.updated ?? meta.created
        let frontMatter = IndexColumns.isExact(meta) ? nil : ArticleDocument(meta: meta, body: "").rendered()
        return [
            meta.id, path, meta.title, meta.state, meta.draft, meta.author, meta.byline, meta.section,
            IndexColumns.list(meta.tags), meta.created.iso8601, meta.updated?.iso8601, IndexColumns.list(meta.approvals),
            IndexColumns.corrections(meta.corrections), IndexColumns.extra(meta.extra), frontMatter,
            Int(changed.date.timeIntervalSince1970), changed.offsetSeconds, meta.summary, meta.source, meta.sourceURL,
            meta.publishDate?.iso8601, meta.embargo?.iso8601,
        ]
    }

    /// Writes article rows, inserting or replacing by id, with statements prepared once.
    struct RowWriter {
        private let find: Statement
        private let update: Statement
        private let insert: Statement

        init(_ db: Database) throws {
            let columns = ArticleIndex.writtenColumns
            find = try db.makeStatement(sql: "SELECT rowid FROM articles WHERE id = ?")
            update = try db.makeStatement(sql: "UPDATE articles SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE rowid = ?")
            insert = try db.makeStatement(
                sql: "INSERT INTO articles (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))")
        }

        /// The row of `meta.id`, written; whether it existed (its full text then needs replacing too).
        func write(_ meta: ArticleMeta, path: String, _ db: Database) throws -> (row: Int64, existed: Bool) {
            let values = ArticleIndex.columnValues(meta, path: path)
            if let existing = try Int64.fetchOne(find, arguments: [meta.id]) {
                try update.execute(arguments: StatementArguments(values + [existing]))
                return (existing, true)
            }
            try insert.execute(arguments: StatementArguments(values))
            return (db.lastInsertedRowID, false)
        }
    }

    /// The columns `article(_:)` reads, by position.
    private static let readColumnNames = [
        "id", "path", "title", "state", "draft", "author", "byline", "section", "tags", "created", "updated", "approvals",
        "corrections", "extra", "front_matter", "last_note", "summary", "source", "source_url", "publish_date", "embargo",
    ]

    /// What `article(_:)` reads, by position (named by table: search joins the full-text table, which has an id too).
    static let readColumns = readColumnNames.map { "articles." + $0 }.joined(separator: ", ")

    /// How many columns `readColumns` is: a query's own columns come after them.
    static let readColumnCount = Int32(readColumnNames.count)

    /// Rowids as a JSON array, for `json_each`: one statement walks them in this order. Written
    /// as digits into bytes: appending `String(rowid)`s was ~1,000 instructions a row.
    static func jsonArray(_ rowids: [Int64]) -> String {
        var bytes: [UInt8] = [0x5B]
        bytes.reserveCapacity(rowids.count * 21 + 2)
        var digits = [UInt8](repeating: 0, count: 20)
        for (index, rowid) in rowids.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            if rowid < 0 { bytes.append(0x2D) }
            // The magnitude as unsigned, so Int64.min has one too.
            var rest = rowid.magnitude
            var count = 0
            repeat {
                digits[count] = UInt8(truncatingIfNeeded: rest % 10) + 0x30
                rest /= 10
                count += 1
            } while rest > 0
            for position in stride(from: count - 1, through: 0, by: -1) { bytes.append(digits[position]) }
        }
        bytes.append(0x5D)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The listing order: `Newsroom.newestFirst` (instant, then offset, then id), as the index's column order.
    static let newestFirst = "ORDER BY articles.changed DESC, articles.changed_offset DESC, articles.id"

    /// The queue's order (`newestFirst` reversed, so ties fall by id descending), as the index's column order.
    static let oldestFirst = "ORDER BY articles.changed ASC, articles.changed_offset ASC, articles.id DESC"

    /// A row of `readColumns` as the article it stores; nil for a row that does not
    /// decode (a foreign file), which the listing skips as it skips a corrupt article.
    static func article(_ row: StatementColumns) -> StoredArticle? {
        let path = row.requiredText(1)
        if let frontMatter = row.text(14) {
            return (try? ArticleDocument.parse(frontMatter, path: path)).map { StoredArticle(path: path, document: $0, lastNote: row.text(15)) }
        }
        guard let created = IndexColumns.timestamp(row.requiredText(9)) else { return nil }
        var updated: Timestamp?
        if let text = row.text(10) {
            guard let time = IndexColumns.timestamp(text) else { return nil }
            updated = time
        }
        guard let corrections = IndexColumns.corrections(row.text(12)), let extra = IndexColumns.extra(row.text(13))
        else { return nil }
        var times: [Timestamp?] = [nil, nil]
        for (position, column) in [Int32(19), 20].enumerated() {
            guard let text = row.text(column) else { continue }
            guard let time = IndexColumns.timestamp(text) else { return nil }
            times[position] = time
        }
        let meta = ArticleMeta(
            id: row.requiredText(0), title: row.requiredText(2), state: row.requiredText(3), draft: row.bool(4),
            author: row.requiredText(5), byline: row.text(6), section: row.text(7), summary: row.text(16), source: row.text(17),
            sourceURL: row.text(18), tags: IndexColumns.items(row.requiredText(8)), created: created, updated: updated,
            publishDate: times[0], embargo: times[1], approvals: IndexColumns.items(row.requiredText(11)), corrections: corrections,
            extra: extra)
        return StoredArticle(path: path, document: ArticleDocument(meta: meta, body: ""), lastNote: row.text(15))
    }
}
