import Foundation
import Testing

/// `list --limit` and `queue --limit` read only their first rows from the index (issue 15): the
/// answer must be exactly the first rows of the full listing, assigned articles first in a queue,
/// and still the truth after a plain-git commit or another process's step.
@Suite("listings cut at --limit")
struct LimitedListingTests {
    /// Articles in several states, published ones included (the chief's `queue --all`), one
    /// submitted article assigned to the editor, one published article assigned to the chief and a draft,
    /// each older than articles that are not assigned, so assigned-first changes the order.
    static func room() throws -> Newsroom {
        let room = try Newsroom()
        let assignedToChief = try room.newArticle("Bài cần cải chính")
        try room.steps(assignedToChief, PublishedArticleTests.chain)
        let assignedToEditor = try room.newArticle("Bài giao biên tập")
        try room.steps(assignedToEditor, [("submit", Newsroom.reporter)])
        for title in ["Bài một", "Bài hai", "Bài ba"] {
            try room.steps(try room.newArticle(title), PublishedArticleTests.chain)
        }
        for title in ["Bài chờ duyệt một", "Bài chờ duyệt hai"] {
            try room.steps(try room.newArticle(title), [("submit", Newsroom.reporter)])
        }
        _ = try room.newArticle("Bản nháp của phóng viên")
        try room.steps(try room.newArticle("Bài chờ tổng biên tập"), [("submit", Newsroom.reporter), ("approve", Newsroom.editor)])
        try room.ok(["assign", assignedToChief, "--to", Newsroom.chief, "-m", "Bạn đọc báo sai số liệu"], as: Newsroom.editor)
        try room.ok(["assign", assignedToEditor, "--to", Newsroom.editor, "-m", "Anh xem giúp"], as: Newsroom.chief)
        return room
    }

    /// The listings compared, each with who runs it.
    static let listings: [([String], String?)] = [
        (["list"], nil), (["list", "--state", "published"], nil), (["list", "--state", "submitted"], nil),
        (["queue", "--all"], Newsroom.chief), (["queue"], Newsroom.chief), (["queue", "--all"], Newsroom.editor),
        (["queue"], Newsroom.editor), (["queue", "--all"], Newsroom.reporter),
    ]

    @Test func everyLimitGivesTheFirstRowsOfTheFullListing() throws {
        let room = try Self.room()
        var compared = 0
        for (arguments, person) in Self.listings {
            let full = try room.ok(arguments + ["--format", "json"], as: person).stdout
            let rows = try jsonArray(try room.ok(arguments + ["--format", "json"], as: person))
            let fullCSV = try room.ok(arguments + ["--format", "csv"], as: person).stdout.split(separator: "\n")
            #expect(!rows.isEmpty, "\(arguments) as \(person ?? "-"): \(full)")
            for limit in 1...(rows.count + 1) {
                let cut = try jsonArray(try room.ok(arguments + ["--limit", String(limit), "--format", "json"], as: person))
                #expect(cut.map { string($0, "id") } == rows.prefix(limit).map { string($0, "id") }, "\(arguments) --limit \(limit)")
                #expect(
                    NSArray(array: cut).isEqual(to: Array(rows.prefix(limit))), "\(arguments) --limit \(limit): every field as in the full listing")
                let csv = try room.ok(arguments + ["--limit", String(limit), "--format", "csv"], as: person).stdout
                #expect(csv == fullCSV.prefix(limit + 1).joined(separator: "\n") + "\n", "\(arguments) --limit \(limit) csv")
                compared += 1
            }
        }
        #expect(compared > 20)
        // The scene holds what it claims: the assigned articles lead the queues though they are the oldest.
        let chiefs = try jsonArray(try room.ok(["queue", "--all", "--limit", "1", "--format", "json"], as: Newsroom.chief))
        #expect(chiefs.first.flatMap { string($0, "assignee") } == Newsroom.chief, "\(chiefs)")
        let editors = try jsonArray(try room.ok(["queue", "--limit", "1", "--format", "json"], as: Newsroom.editor))
        #expect(editors.first.flatMap { string($0, "assignee") } == Newsroom.editor, "\(editors)")
    }

    /// A title changed with plain git (no galley step) and a step taken by another process between
    /// two cut listings: the second shows both, never the indexed rows of before.
    @Test func aCutListingAfterPlainGitOrAnotherProcessShowsTheTruth() throws {
        let room = try Self.room()
        // The one article waiting for the chief (by state, not by "newest": steps within one second tie).
        let first = try jsonArray(try room.ok(["list", "--state", "edited", "--limit", "1", "--format", "json"])).first
        let newest = try #require(first.flatMap { string($0, "id") })
        let path = try room.articlePath(newest)
        let file = try room.committedFile(path)
        let forged = file.replacingOccurrences(of: "title: \"Bài chờ tổng biên tập\"", with: "title: \"Tiêu đề sửa bằng git\"")
        #expect(forged != file, "\(file)")
        try Data(forged.utf8).write(to: room.workTreeURL(path))
        _ = try room.gitOut(["commit", "-q", "-a", "-m", "Sửa tiêu đề bằng git"])
        let listed = try jsonArray(try room.ok(["list", "--state", "edited", "--limit", "1", "--format", "json"]))
        #expect(listed.map { string($0, "title") } == ["Tiêu đề sửa bằng git"], "\(listed)")
        let text = try room.ok(["list", "--state", "edited", "--limit", "1"]).stdout
        #expect(text.contains("Tiêu đề sửa bằng git") && !text.contains("Bài chờ tổng biên tập"), "\(text)")

        // Another galley process publishes it; the chief's cut queue and the cut published list follow.
        let before = try jsonArray(try room.ok(["queue", "--limit", "2", "--format", "json"], as: Newsroom.chief))
        #expect(before.contains { string($0, "id") == newest }, "\(before)")
        let publishing = try room.start(["approve", newest], as: Newsroom.chief)
        #expect(try publishing.wait().status == 0)
        try room.steps(newest, [("publish", Newsroom.chief)])
        let after = try jsonArray(try room.ok(["queue", "--limit", "2", "--format", "json"], as: Newsroom.chief))
        #expect(!after.contains { string($0, "id") == newest }, "\(after)")
        let published = try jsonArray(try room.ok(["list", "--state", "published", "--format", "json"]))
        #expect(published.contains { string($0, "id") == newest }, "\(published)")
        let cut = try jsonArray(try room.ok(["list", "--state", "published", "--limit", "1", "--format", "json"]))
        #expect(cut.map { string($0, "id") } == [published.first.flatMap { string($0, "id") }], "\(cut)")
    }
}
