import Foundation
import GRDB
import GRDBSQLite

/// The search's ranking: FTS5's `bm25(articles_fts, 0.0, 10.0, 1.0)`, to the bit, computed
/// without bm25's two costs per match (issue 15). For "dan van" over ~98,000 matches, bm25 spent
/// 40% of the whole process in `sqlite3Fts5StorageDocsize` (a sub-statement stepped per match to
/// read the row's token count) and 22% building every match's merged instance array.
///
/// Here the row's token count is an argument, read from the `articles` row the search joins
/// anyway (`ArticleIndex` stores it when it writes the full text: `storedTokenCount`), and each
/// phrase's hits are counted along its own position list. The per-query figures (each phrase's
/// IDF, the mean row length) are bm25's, from the same FTS5 calls, in the same order, so the
/// scores are bm25's: `SearchRankTests` compares the two on every row.
enum SearchRank {
    /// `galley_rank(articles_fts, articles.tokens)`.
    static let functionName = "galley_rank"
    /// bm25's weight of a hit in each column of `articles_fts`: id (unindexed), title, text.
    static let columnWeights: (id: Double, title: Double, text: Double) = (0.0, 10.0, 1.0)

    /// Makes `galley_rank` known to this connection (once per connection: FTS5 keeps a list).
    static func register(_ db: Database) throws {
        var api: UnsafeMutablePointer<fts5_api>?
        var statement: OpaquePointer?
        try check(sqlite3_prepare_v2(db.sqliteConnection, "SELECT fts5(?1)", -1, &statement, nil), db)
        defer { sqlite3_finalize(statement) }
        // SQLite keeps the type's pointer for the step: a literal's storage lives as long as the program.
        let type: StaticString = "fts5_api_ptr"
        try type.utf8Start.withMemoryRebound(to: CChar.self, capacity: type.utf8CodeUnitCount + 1) { typeName in
            try withUnsafeMutablePointer(to: &api) { slot in
                try check(sqlite3_bind_pointer(statement, 1, slot, typeName, nil), db)
                let stepped = sqlite3_step(statement)
                guard stepped == SQLITE_ROW || stepped == SQLITE_DONE else { try check(stepped, db); return }
            }
        }
        guard let api, api.pointee.iVersion >= 2, let create = api.pointee.xCreateFunction else {
            throw DatabaseError(message: "FTS5 (version 2 or later) is not available")
        }
        try check(create(api, functionName, nil, rank, nil), db)
    }

    /// The token count FTS5 stored for `rowid`'s full text (all columns), from its `docsize`
    /// table: one varint per column. The count bm25 reads per match, read once per write.
    static func storedTokenCount(_ db: Database, table: String, rowid: Int64) throws -> Int64 {
        guard let sizes = try Data.fetchOne(db, sql: "SELECT sz FROM \(table)_docsize WHERE id = ?", arguments: [rowid]) else {
            throw DatabaseError(message: "no token counts for row \(rowid) of \(table)")
        }
        var total: Int64 = 0
        var value: UInt64 = 0
        var length = 0
        for byte in sizes {
            // SQLite's varint: seven bits a byte, most significant first, the high bit set on all but
            // the last (a count never reaches its 9-byte form).
            length += 1
            guard length < 9 else { throw DatabaseError(message: "a token count of row \(rowid) of \(table) is malformed") }
            value = value << 7 | UInt64(byte & 0x7F)
            if byte & 0x80 == 0 {
                total += Int64(value)
                value = 0
                length = 0
            }
        }
        guard length == 0 else { throw DatabaseError(message: "a token count of row \(rowid) of \(table) is cut short") }
        return total
    }

    private static func check(_ code: Int32, _ db: Database) throws {
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}

/// bm25's per-query figures, kept by FTS5 for the query (its auxiliary data): the mean row
/// length, then one IDF per phrase.
private func queryFigures(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer) -> (UnsafeMutablePointer<Double>?, Int32) {
    let calls = api.pointee
    guard let getData = calls.xGetAuxdata, let setData = calls.xSetAuxdata, let phraseCount = calls.xPhraseCount,
        let rowCount = calls.xRowCount, let totalSize = calls.xColumnTotalSize, let queryPhrase = calls.xQueryPhrase
    else { return (nil, SQLITE_ERROR) }
    if let kept = getData(fts, 0) { return (kept.assumingMemoryBound(to: Double.self), SQLITE_OK) }
    let phrases = Int(phraseCount(fts))
    var rows: Int64 = 0
    var tokens: Int64 = 0
    var code = rowCount(fts, &rows)
    if code == SQLITE_OK { code = totalSize(fts, -1, &tokens) }
    guard code == SQLITE_OK else { return (nil, code) }
    guard let figures = sqlite3_malloc64(UInt64(MemoryLayout<Double>.stride * (phrases + 1)))?.assumingMemoryBound(to: Double.self)
    else { return (nil, SQLITE_NOMEM) }
    figures[0] = Double(tokens) / Double(rows)
    for phrase in 0..<phrases {
        var hits: Int64 = 0
        code = queryPhrase(fts, Int32(phrase), &hits, countRow)
        guard code == SQLITE_OK else { sqlite3_free(figures); return (nil, code) }
        // bm25's IDF, with its floor for a phrase in more than half of the rows.
        let idf = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
        figures[phrase + 1] = idf <= 0.0 ? 1e-6 : idf
    }
    code = setData(fts, figures, sqlite3_free)
    // On failure FTS5 has already freed the data with the destructor given.
    return code == SQLITE_OK ? (figures, SQLITE_OK) : (nil, code)
}

/// `xQueryPhrase`'s callback: one call per row holding the phrase.
private func countRow(_: UnsafePointer<Fts5ExtensionApi>?, _: OpaquePointer?, _ hits: UnsafeMutableRawPointer?) -> Int32 {
    hits?.assumingMemoryBound(to: Int64.self).pointee += 1
    return SQLITE_OK
}

/// `galley_rank(articles_fts, tokens)`: bm25's formula, term for term, with `tokens` for the row's length.
private func rank(
    _ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?, _ count: Int32,
    _ values: UnsafeMutablePointer<OpaquePointer?>?
) {
    guard let api, let fts, let values, count == 1, let phraseFirst = api.pointee.xPhraseFirst, let phraseNext = api.pointee.xPhraseNext,
        let phraseCount = api.pointee.xPhraseCount
    else {
        sqlite3_result_error(context, "\(SearchRank.functionName)(table, tokens): wrong arguments", -1)
        return
    }
    let (figures, code) = queryFigures(api, fts)
    guard let figures else {
        sqlite3_result_error_code(context, code)
        return
    }
    let k1 = 1.2
    let b = 0.75
    let length = Double(sqlite3_value_int64(values[0]))
    let meanLength = figures[0]
    let weights = SearchRank.columnWeights
    var score = 0.0
    for phrase in 0..<phraseCount(fts) {
        var iterator = Fts5PhraseIter()
        var column: Int32 = 0
        var offset: Int32 = 0
        let started = phraseFirst(fts, phrase, &iterator, &column, &offset)
        guard started == SQLITE_OK else {
            sqlite3_result_error_code(context, started)
            return
        }
        var frequency = 0.0
        while column >= 0 {
            frequency += column == 1 ? weights.title : column == 2 ? weights.text : column == 0 ? weights.id : 1.0
            phraseNext(fts, &iterator, &column, &offset)
        }
        // As fts5Bm25Function writes it, so each operation rounds as there.
        score += figures[Int(phrase) + 1] * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / meanLength)))
    }
    sqlite3_result_double(context, -1.0 * score)
}
