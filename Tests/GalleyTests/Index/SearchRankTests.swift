import Foundation
import GRDB
import Testing

@testable import Galley

/// `galley_rank` is bm25 computed without bm25's per-match lookups (issue 15): on every row of
/// every query it must give bm25's own double, to the bit, or the search order and its printed
/// scores would move.
@Suite("search rank is bm25")
struct SearchRankTests {
    /// Rows of the index's full-text table as `ArticleIndex` writes it: folded text, titles that
    /// repeat the words, long and empty bodies, a word in the title only, one word many times.
    static let rows: [(title: String, text: String)] = [
        ("Tin ngắn buổi sáng", "Người dân phường Đông Hải đón nước sạch."),
        ("Dân làng mở hội", "Bài về dân sinh."),
        ("Đời sống dân cư ven biển", ""),
        ("Bản tin tổng hợp", String(repeating: "Một câu dài về kinh tế và thời tiết. ", count: 40) + "Cuối cùng là người dân."),
        ("Giá vàng tăng", "Không có từ cần tìm."),
        ("Dân vận khéo", "Dân vận, dân vận, dân vận: công tác dân vận của phường."),
        ("Vận tải biển", "Cảng Cửa Lò đón tàu; vận tải hàng hóa tăng."),
        ("", "Dân"),
        ("Trường học", "Học sinh, giáo viên và phụ huynh; dân trí nâng cao."),
        ("Dân dân dân", String(repeating: "dân ", count: 300)),
    ]

    static let queries = ["dan", "van", "dan van", "\"dan\" \"van\"", "phuong", "dan phuong van", "tang", "bien dan", "hoc"]

    static func database() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.prepareDatabase { db in try SearchRank.register(db) }
        let queue = try DatabaseQueue(configuration: configuration)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE articles (rowid INTEGER PRIMARY KEY, tokens INTEGER NOT NULL DEFAULT 0);
                CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, body, tokenize = 'unicode61');
                """)
            var folding = SearchFolding()
            for (number, row) in rows.enumerated() {
                let rowid = Int64(number + 1)
                try db.execute(sql: "INSERT INTO articles (rowid) VALUES (?)", arguments: [rowid])
                try db.execute(
                    sql: "INSERT INTO articles_fts (rowid, id, title, body) VALUES (?, ?, ?, ?)",
                    arguments: [rowid, "bai-\(number)", folding.fold(row.title), folding.fold(row.text)])
                let tokens = try SearchRank.storedTokenCount(db, table: "articles_fts", rowid: rowid)
                try db.execute(sql: "UPDATE articles SET tokens = ? WHERE rowid = ?", arguments: [tokens, rowid])
            }
        }
        return queue
    }

    @Test(arguments: queries)
    func everyRowScoresAsBM25(query: String) throws {
        let queue = try Self.database()
        let scored = try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT articles_fts.rowid AS rowid, bm25(articles_fts, 0.0, 10.0, 1.0) AS bm25,
                       \(SearchRank.functionName)(articles_fts, articles.tokens) AS rank
                FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid
                WHERE articles_fts MATCH ?
                """, arguments: [query])
        }
        #expect(scored.count >= 1, "the query \(query) matches something")
        for row in scored {
            let bm25: Double = row["bm25"]
            let rank: Double = row["rank"]
            #expect(rank.bitPattern == bm25.bitPattern, "\(query), row \(row["rowid"] as Int64): \(rank) against bm25's \(bm25)")
        }
    }

    /// The token count read from FTS5's table is the count bm25 uses (its `xColumnSize` of the
    /// whole row): a wrong count scores a row of another length, which the comparison above shows
    /// only when the length matters; here it is compared directly, a row with no token too.
    @Test func theStoredCountIsTheRowsTokens() throws {
        let queue = try Self.database()
        try queue.read { db in
            let counts = try Int64.fetchAll(db, sql: "SELECT tokens FROM articles ORDER BY rowid")
            #expect(counts.count == Self.rows.count)
            #expect(counts[0] == 4 + 8, "title and text of the first row: \(counts)")
            #expect(counts[2] == 6, "a title without text: \(counts)")
            #expect(counts[7] == 1, "a text of one word without title: \(counts)")
            #expect(counts[9] == 3 + 300, "\(counts)")
        }
    }

    /// A count in a foreign or damaged index is an error, never a silent zero.
    @Test func aMissingCountIsAnError() throws {
        let queue = try Self.database()
        #expect(throws: (any Error).self) {
            try queue.read { db in try SearchRank.storedTokenCount(db, table: "articles_fts", rowid: 999) }
        }
    }

    /// The rank is refused, with a message, when called as bm25 is (weights, no length).
    @Test func wrongArgumentsAreRefused() throws {
        let queue = try Self.database()
        #expect(throws: (any Error).self) {
            try queue.read { db in
                try Double.fetchAll(db, sql: "SELECT \(SearchRank.functionName)(articles_fts, 0.0, 10.0, 1.0) FROM articles_fts WHERE articles_fts MATCH 'dan'")
            }
        }
    }
}

/// The search's cut (`ArticleIndex.cut`) keeps what `ORDER BY score, id LIMIT n` kept, and asks
/// for the ids of only the tie that crosses the cut.
@Suite("search cut on ranks")
struct SearchRankCutTests {
    typealias Ranked = ArticleIndex.Ranked

    /// Scores with ties everywhere: inside the kept rows, across the cut and after it; ids whose
    /// byte order differs from their rowids' and from Swift's String order (ASCII against "đ").
    static let scores: [Double] = [-3, -1, -2, -1, -5, -1, -2, -1, -3, -1, -4, -2]
    static let ids = ["b", "dz", "a", "đa", "c", "da", "e", "d", "z", "Z", "y", "x"]

    static func expected(_ limit: Int) -> [Int64] {
        let all = scores.indices.sorted {
            scores[$0] != scores[$1] ? scores[$0] < scores[$1] : ArticleIndex.bytesPrecede(ids[$0], ids[$1])
        }
        return all.prefix(limit).map { Int64($0) }
    }

    @Test(arguments: 1...13)
    func theCutKeepsWhatSQLiteKept(limit: Int) throws {
        var ranked = Self.scores.enumerated().map { Ranked(rowid: Int64($0.offset), score: $0.element) }
        var asked: [Int64] = []
        ArticleIndex.cut(&ranked, at: limit) { rowid in
            asked.append(rowid)
            return Self.ids[Int(rowid)]
        }
        let ordered = ranked.sorted {
            $0.score != $1.score ? $0.score < $1.score : ArticleIndex.bytesPrecede(Self.ids[Int($0.rowid)], Self.ids[Int($1.rowid)])
        }
        #expect(ordered.map(\.rowid) == Self.expected(limit), "limit \(limit)")
        // Ids are read for the tie across the cut only: none when the cut falls between two scores.
        let crossing: Set<Double> = limit < Self.scores.count && Self.scores.sorted()[limit - 1] == Self.scores.sorted()[limit]
            ? [Self.scores.sorted()[limit - 1]] : []
        #expect(Set(asked.map { Self.scores[Int($0)] }) == crossing, "limit \(limit): asked \(asked)")
        if let score = crossing.first {
            #expect(asked.count == Self.scores.filter { $0 == score }.count, "limit \(limit): the whole tie is asked")
        }
    }

    @Test func bytesOrderIsSQLitesNotStrings() {
        // U+0110 (Đ) is two bytes from 0xC4: after every ASCII letter, as SQLite orders it.
        #expect(ArticleIndex.bytesPrecede("z", "đa"))
        #expect(ArticleIndex.bytesPrecede("Z", "a"))
        #expect(!ArticleIndex.bytesPrecede("da", "da"))
        #expect(ArticleIndex.bytesPrecede("da", "dan"))
    }
}

extension SearchRankCutTests {
    /// The selection gives the sorted array's element at every rank, with ties, runs and one value.
    @Test(arguments: [
        [3.0], [2.0, 1.0], [1, 1, 1, 1, 1], [5, 4, 3, 2, 1, 0], [0, 1, 2, 3, 4, 5], [-1, -1, -2, -2, -3, -3, -1],
        (0..<500).map { Double(($0 * 7919) % 37) - 18.5 },
    ] as [[Double]])
    func theSelectionIsTheSortedArraysElement(scores: [Double]) {
        let sorted = scores.sorted()
        for rank in scores.indices {
            var copy = scores
            #expect(ArticleIndex.selectScore(&copy, rank: rank) == sorted[rank], "rank \(rank) of \(scores.count)")
            #expect(copy.sorted() == sorted, "the scores are only reordered")
        }
    }
}

extension SearchRankCutTests {
    /// The kept hits' ties are put in id order by sorting indices within each run of one score and
    /// swapping the rows into place: the result is what sorting by (score, id) gives.
    @Test(arguments: [
        ([Double](), [String]()),
        ([1], ["a"]),
        ([2, 2, 2], ["c", "b", "a"]),
        ([3, 2, 2, 1, 1, 1, 0], ["x", "đa", "z", "b", "Z", "a", "m"]),
        ([1, 1, 1, 1, 1, 1], ["f", "a", "e", "b", "d", "c"]),
        ([5, 4, 3], ["a", "b", "c"]),
    ])
    func tiesAreOrderedByIdInPlace(scores: [Double], ids: [String]) {
        var hits = Array(zip(scores, ids))
        let order = ArticleIndex.runOrder(count: hits.count, same: { hits[$0].0 == hits[$1].0 }) {
            ArticleIndex.bytesPrecede(hits[$0].1, hits[$1].1)
        }
        #expect(Set(order) == Set(hits.indices), "a permutation")
        ArticleIndex.permute(&hits, into: order)
        // Scores arrive in order (the cut sorted them); within a score, ids by bytes.
        let expected = zip(scores, ids).sorted { $0.0 != $1.0 ? $0.0 > $1.0 : ArticleIndex.bytesPrecede($0.1, $1.1) }
        #expect(hits.map(\.1) == expected.map(\.1))
        #expect(hits.map(\.0) == scores)
    }

    /// Every permutation of four items is applied exactly: position k gets what was at order[k].
    @Test func aPermutationIsAppliedExactly() {
        func permutations(_ items: [Int]) -> [[Int]] {
            items.count <= 1 ? [items] : items.indices.flatMap { index in
                var rest = items
                let first = rest.remove(at: index)
                return permutations(rest).map { [first] + $0 }
            }
        }
        for order in permutations([0, 1, 2, 3]) {
            var items = ["w", "x", "y", "z"]
            ArticleIndex.permute(&items, into: order)
            #expect(items == order.map { ["w", "x", "y", "z"][$0] }, "order \(order)")
        }
    }
}

extension SearchRankCutTests {
    /// The kept rows' rowids reach `json_each` as the JSON array Swift's own digits would make.
    @Test(arguments: [[Int64](), [0], [1, 22, 333], [Int64.max, Int64.min, -1, 10, 100, 1_000_000_007]])
    func rowidsAreAJSONArray(rowids: [Int64]) {
        #expect(ArticleIndex.jsonArray(rowids) == "[" + rowids.map(String.init).joined(separator: ",") + "]")
    }

    /// Byte order by memcmp is the order of the bytes, prefixes first, for ASCII and Vietnamese.
    @Test func bytesOrderMatchesTheBytesWalk() {
        let words = ["", "a", "ab", "b", "Z", "z", "đa", "đ", "dân", "dan", "dân-vận", "a\u{0}b", "long-identifier-beyond-fifteen-bytes-1",
                     "long-identifier-beyond-fifteen-bytes-2"]
        for left in words {
            for right in words {
                #expect(ArticleIndex.bytesPrecede(left, right) == Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8)), "\(left) < \(right)")
            }
        }
    }
}
