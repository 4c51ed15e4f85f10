import Foundation
import Testing

/// Review rounds, renames, and reading the past (`show --at`, `log --since/--until`).
@Suite("Rounds, renames and history")
struct RoundsAndHistoryTests {
    @Test("a rejection starts a new round: approvals reset, the same people approve again")
    func newRoundAfterReject() throws {
        let room = try Newsroom(bare: true)
        let id = try room.newArticle("Bài hai vòng")
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor)])
        #expect(try room.show(id)["approvals"] as? [String] == [Newsroom.editor])
        try room.ok(["reject", id, "-m", "Thiếu nguồn"], as: Newsroom.chief)
        #expect(try room.show(id)["approvals"] as? [String] == [], "approvals not reset by the rejection")
        #expect(try room.state(id) == "returned")
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief)])
        #expect(try room.state(id) == "approved")
        #expect(try room.show(id)["approvals"] as? [String] == [Newsroom.editor, Newsroom.chief])
        let file = try room.committedFile(try room.articlePath(id))
        #expect(file.contains("\ndraft: true\n"), "\(file)")
    }

    @Test("renaming the title never changes the id or the path")
    func renameKeepsID() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Tên cũ")
        let path = try room.articlePath(id)
        let oldHead = try room.head()
        try room.ok(["save", id, "--title", "Tên hoàn toàn mới"], as: Newsroom.reporter)
        let shown = try room.show(id)
        #expect(string(shown, "id") == id)
        #expect(string(shown, "path") == path)
        #expect(string(shown, "title") == "Tên hoàn toàn mới")
        #expect(try room.gitOut(["diff", "--name-only", oldHead, "HEAD"]) == path)
        #expect(try room.gitOut(["status", "--porcelain"]).isEmpty)
        // a new article with the old title still gets a fresh id
        let again = try room.newArticle("Tên hoàn toàn mới")
        #expect(again != id)
    }

    @Test("show --at REV reads an earlier revision; log --since/--until bound the trail")
    func history() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài có lịch sử")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let old = try jsonObject(try room.ok(["show", id, "--at", "HEAD~1", "--format", "json"]))
        #expect(string(old, "state") == "draft")
        #expect(try room.state(id) == "submitted")
        let beforeIt = try room.galley(["show", id, "--at", "HEAD~2"])
        #expect(beforeIt.status == 1, "the article did not exist yet: \(beforeIt)")

        let all = try jsonArray(try room.ok(["log", "--format", "json"]))
        let since = try jsonArray(try room.ok(["log", "--since", "2000-01-01", "--format", "json"]))
        #expect(since.count == all.count)
        let until = try jsonArray(try room.ok(["log", "--until", "2000-01-01", "--format", "json"]))
        #expect(until.isEmpty, "\(until)")
    }
}
