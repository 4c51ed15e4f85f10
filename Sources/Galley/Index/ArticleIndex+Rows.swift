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

    /// What `article(_:)` reads, by position (named by table: search joins the full-text table, which has an id too).
    static let readColumns = [
        "id", "path", "title", "state", "draft", "author", "byline", "section", "tags", "created", "updated", "approvals",
        "corrections", "extra", "front_matter", "last_note", "summary", "source", "source_url", "publish_date", "embargo",
    ].map { "articles." + $0 }.joined(separator: ", ")

    /// Position of the first column a query adds after `readColumns` (search's score).
    static let afterReadColumns = 21

    /// The listing order: `Newsroom.newestFirst` (instant, then offset, then id), as the index's column order.
    static let newestFirst = "ORDER BY articles.changed DESC, articles.changed_offset DESC, articles.id"

    /// The queue's order (`newestFirst` reversed, so ties fall by id descending), as the index's column order.
    static let oldestFirst = "ORDER BY articles.changed ASC, articles.changed_offset ASC, articles.id DESC"

    /// A row of `readColumns` as the article it stores; nil for a row that does not
    /// decode (a foreign file), which the listing skips as it skips a corrupt article.
    static func article(_ row: Row) -> StoredArticle? {
        let path: String = row[1]
        if let frontMatter: String = row[14] {
            return (try? ArticleDocument.parse(frontMatter, path: path)).map { StoredArticle(path: path, document: $0, lastNote: row[15]) }
        }
        guard let created = IndexColumns.timestamp(row[9]) else { return nil }
        var updated: Timestamp?
        if let text: String = row[10] {
            guard let time = IndexColumns.timestamp(text) else { return nil }
            updated = time
        }
        guard let corrections = IndexColumns.corrections(row[12] as String?), let extra = IndexColumns.extra(row[13] as String?)
        else { return nil }
        var times: [Timestamp?] = []
        for column in [19, 20] {
            guard let text: String = row[column] else { times.append(nil); continue }
            guard let time = IndexColumns.timestamp(text) else { return nil }
            times.append(time)
        }
        let meta = ArticleMeta(
            id: row[0], title: row[2], state: row[3], draft: row[4], author: row[5], byline: row[6], section: row[7],
            summary: row[16], source: row[17], sourceURL: row[18], tags: IndexColumns.items(row[8]), created: created, updated: updated,
            publishDate: times[0], embargo: times[1], approvals: IndexColumns.items(row[11]), corrections: corrections, extra: extra)
        return StoredArticle(path: path, document: ArticleDocument(meta: meta, body: ""), lastNote: row[15])
    }
}
