import Foundation
import Testing

/// The derived index (issue 5): git stays the truth, so deleting, corrupting or
/// outrunning the index never changes an answer; search folds Vietnamese.
@Suite("derived index and search")
struct IndexTests {
    static let indexFile = "galley-index.sqlite"

    /// Every reading answer, as text, for comparing before and after.
    static func answers(_ room: Newsroom, _ ids: [String]) throws -> [String] {
        var outputs: [String] = []
        for arguments in [["list", "--format", "json"], ["log", "--format", "json"], ["list", "--state", "submitted", "--format", "json"]]
            + ids.map({ ["log", $0, "--format", "json"] }) + ids.map({ ["show", $0, "--format", "json"] })
        {
            let result = try room.galley(arguments)
            #expect(result.status == 0, "\(arguments): \(result)")
            outputs.append(result.stdout)
        }
        return outputs
    }

    static func prepared() throws -> (Newsroom, [String]) {
        let room = try Newsroom(bare: true)
        let a = try room.newArticle("Kiểm tra việc thực hiện năm dân vận chính quyền", body: "Đồng chí Đặng Trọng Thăng dự làm việc.\n")
        let b = try room.newArticle("Thông xe cầu Đồng Lạc", body: "Cầu dài 186 mét bắc qua sông.\n")
        try room.steps(a, [("submit", Newsroom.reporter), ("approve", Newsroom.editor)])
        try room.steps(b, [("submit", Newsroom.reporter)])
        return (room, [a, b])
    }

    @Test func deletingOrCorruptingTheIndexChangesNoAnswer() throws {
        let (room, ids) = try Self.prepared()
        let before = try Self.answers(room, ids)
        let file = room.gitDir.appendingPathComponent(Self.indexFile)
        #expect(FileManager.default.fileExists(atPath: file.path), "reading commands keep an index in the git dir")

        try FileManager.default.removeItem(at: file)
        #expect(try Self.answers(room, ids) == before, "after deleting the index")

        try Data("this is not a database".utf8).write(to: file)
        #expect(try Self.answers(room, ids) == before, "after corrupting the index")
    }

    /// An index that claims another schema version (SQLite's user_version, bytes 60–63 of the
    /// header), or one whose tables were replaced under the right version, is rebuilt, never read
    /// as it is: opening reads the version without a write transaction, so this is the path
    /// that must still rebuild.
    @Test func anIndexOfAnotherVersionOrGutedIsRebuilt() throws {
        let (room, ids) = try Self.prepared()
        let before = try Self.answers(room, ids)
        let file = room.gitDir.appendingPathComponent(Self.indexFile)
        var bytes = try Data(contentsOf: file)
        let current = Array(bytes[60..<64])
        bytes.replaceSubrange(60..<64, with: [0, 0, 0, 1])
        try bytes.write(to: file)
        #expect(try Self.answers(room, ids) == before, "after an old version number")
        #expect(Array(try Data(contentsOf: file)[60..<64]) == current, "the index is at the current version again")

        // The right version, but the header of another database: a file of zeros past the header.
        var gutted = try Data(contentsOf: file)
        gutted.replaceSubrange(100..<gutted.count, with: Data(count: gutted.count - 100))
        try gutted.write(to: file)
        #expect(try Self.answers(room, ids) == before, "after zeroing the tables")
    }

    @Test func aBranchMovedWithPlainGitIsCaughtUp() throws {
        let (room, ids) = try Self.prepared()
        _ = try Self.answers(room, ids)  // index at the tip
        let tip = try room.head()
        // Rewind the branch with git: the indexed commit is no longer an ancestor, so the index is rebuilt.
        _ = try room.gitOut(["update-ref", "refs/heads/main", "HEAD~2"])
        let rewound = try jsonArray(try room.galley(["log", "--format", "json"]))
        #expect(rewound.first.flatMap { string($0, "commit") } == (try room.head()))
        #expect(try room.state(ids[0]) == "submitted", "the approve step is gone after the rewind")
        _ = try room.gitOut(["update-ref", "refs/heads/main", tip])
        #expect(try room.state(ids[0]) == "edited")
        // A new step through galley is reflected at once.
        try room.steps(ids[1], [("approve", Newsroom.editor)])
        let submitted = try jsonArray(try room.galley(["list", "--state", "submitted", "--format", "json"]))
        #expect(submitted.isEmpty, "list --state submitted: \(submitted)")
    }

    @Test(arguments: [
        ("dan van", 0), ("DÂN VẬN chính quyền", 0), ("Dang Trong Thang", 0), ("Đặng", 0), ("dong lac", 1), ("186 met", 1),
    ])
    func searchIgnoresVietnameseMarks(query: String, expected: Int) throws {
        let (room, ids) = try Self.searchRoom()
        let hits = try jsonArray(try room.galley(["search", query, "--format", "json"])).compactMap { string($0, "id") }
        #expect(hits == [ids[expected]], "search \(query): \(hits)")
    }

    @Test func searchFiltersAndFindsNothingGracefully() throws {
        let (room, ids) = try Self.searchRoom()
        #expect(try jsonArray(try room.galley(["search", "dan van", "--state", "published", "--format", "json"])).isEmpty)
        let submitted = try jsonArray(try room.galley(["search", "dan van", "--state", "edited", "--format", "json"]))
        #expect(submitted.compactMap { string($0, "id") } == [ids[0]])
        let none = try room.galley(["search", "không có từ này"])
        #expect(none.status == 0 && none.stdout.contains("nothing found"), "\(none)")
    }

    /// One prepared room shared by the search tests (they only read).
    static func searchRoom() throws -> (Newsroom, [String]) { try prepared() }
}
