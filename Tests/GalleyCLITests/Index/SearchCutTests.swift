import Foundation
import Testing

/// `search` ranks narrow rows and reads whole only the rows it keeps (issue 15): every `--limit`
/// must give exactly the first rows of the long answer, ties of score ordered by id across the
/// cut, with the filters applied before the cut.
@Suite("search cut at --limit")
struct SearchCutTests {
    /// Five articles with the same title and body (the same score: a tie the cut falls into), two
    /// with the word in the title (ranked first), one with it only once in a long body (ranked
    /// last), one of the tied ones still submitted, and one without the word.
    static func room() throws -> (Newsroom, tied: [String]) {
        let room = try Newsroom()
        var tied: [String] = []
        for _ in 0..<5 {
            let id = try room.newArticle("Tin ngắn buổi sáng", body: "Người dân phường Đông Hải đón nước sạch.\n")
            tied.append(id)
        }
        for id in tied.dropFirst() { try room.steps(id, PublishedArticleTests.chain) }
        try room.steps(tied[0], [("submit", Newsroom.reporter)])
        for title in ["Dân làng mở hội", "Đời sống dân cư ven biển"] {
            try room.steps(try room.newArticle(title, body: "Bài về dân sinh.\n"), PublishedArticleTests.chain)
        }
        let long = String(repeating: "Một câu dài về kinh tế và thời tiết. ", count: 40) + "Cuối cùng là người dân.\n"
        try room.steps(try room.newArticle("Bản tin tổng hợp", body: long), PublishedArticleTests.chain)
        try room.steps(try room.newArticle("Giá vàng tăng", body: "Không có từ cần tìm.\n"), PublishedArticleTests.chain)
        return (room, tied)
    }

    static func ids(_ room: Newsroom, _ arguments: [String]) throws -> [String] {
        try jsonArray(try room.ok(["search"] + arguments + ["--format", "json"])).compactMap { string($0, "id") }
    }

    @Test func everyLimitGivesTheFirstRowsOfTheLongSearch() throws {
        let (room, tied) = try Self.room()
        let full = try jsonArray(try room.ok(["search", "dan", "--limit", "100", "--format", "json"]))
        let ids = full.compactMap { string($0, "id") }
        // The scene holds what it claims: eight hits, the five tied ones side by side, in id order.
        #expect(ids.count == 8, "\(ids)")
        let tiedPositions = ids.indices.filter { tied.contains(ids[$0]) }
        #expect(tiedPositions == Array(tiedPositions[0]..<tiedPositions[0] + 5), "\(ids)")
        #expect(tiedPositions.map { ids[$0] } == tied.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, "\(ids)")
        #expect(Set(tiedPositions.map { string(full[$0], "score") }).count == 1, "\(full)")
        #expect(tiedPositions[0] > 0 && tiedPositions[4] < ids.count - 1, "the tie lies inside the answer: \(ids)")

        let fullText = try room.ok(["search", "dan", "--limit", "100"]).stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let fullCSV = try room.ok(["search", "dan", "--limit", "100", "--format", "csv"]).stdout.split(separator: "\n")
        for limit in 1...(ids.count + 1) {
            let cut = try jsonArray(try room.ok(["search", "dan", "--limit", String(limit), "--format", "json"]))
            #expect(NSArray(array: cut).isEqual(to: Array(full.prefix(limit))), "search dan --limit \(limit)")
            let csv = try room.ok(["search", "dan", "--limit", String(limit), "--format", "csv"]).stdout
            #expect(csv == fullCSV.prefix(limit + 1).joined(separator: "\n") + "\n", "csv --limit \(limit)")
            let text = try room.ok(["search", "dan", "--limit", String(limit)]).stdout.split(separator: "\n")
            // The table's columns are as wide as the widest row kept: compare the ids at the start of each line.
            #expect(text.dropFirst().map { $0.split(separator: " ").first } == fullText.dropFirst().prefix(min(limit, ids.count)).map { $0.split(separator: " ").first })
        }
        // The default limit cuts no differently.
        #expect(try Self.ids(room, ["dan"]) == ids)
    }

    /// A state filter is applied before the cut: the published hits, in the long search's order.
    @Test func aFilteredCutIsTheFilteredLongSearch() throws {
        let (room, tied) = try Self.room()
        let all = try jsonArray(try room.ok(["search", "dan", "--limit", "100", "--format", "json"]))
        let published = all.filter { string($0, "state") == "published" }.compactMap { string($0, "id") }
        #expect(published.count == 7 && !published.contains(tied[0]), "\(published)")
        for limit in 1...(published.count + 1) {
            #expect(try Self.ids(room, ["dan", "--state", "published", "--limit", String(limit)]) == Array(published.prefix(limit)))
        }
        #expect(try Self.ids(room, ["dan", "--state", "submitted"]) == [tied[0]])
    }

    /// An article removed with plain git (no galley step) leaves the ranking: the cut still gives
    /// the first rows of the long search, never a hit without its article.
    @Test func aCutAfterAPlainGitRemovalShowsTheTruth() throws {
        let (room, tied) = try Self.room()
        _ = try Self.ids(room, ["dan"])  // the index is built before the removal
        let path = try room.articlePath(tied[2])
        _ = try room.gitOut(["rm", "-q", "-r", (path as NSString).deletingLastPathComponent])
        _ = try room.gitOut(["commit", "-q", "-m", "Xóa bài bằng git"])
        let ids = try Self.ids(room, ["dan", "--limit", "100"])
        #expect(ids.count == 7 && !ids.contains(tied[2]), "\(ids)")
        for limit in 1...ids.count {
            #expect(try Self.ids(room, ["dan", "--limit", String(limit)]) == Array(ids.prefix(limit)))
        }
    }
}
