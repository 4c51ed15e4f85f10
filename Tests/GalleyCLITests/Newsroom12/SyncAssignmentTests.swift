import Foundation
import Testing

/// Issue 12 across clones: assignments and comments travel through sync's replay and the
/// central check; a replayed comment still changes no file on its new parent.
@Suite("Sync: assignments and comments")
struct SyncAssignmentTests {
    @Test("the editor assigns and comments while the reporter comments offline: replayed, no file changed, all clones converge")
    func replayed() throws {
        let setup = try SyncedNewsroom()
        let reporter = try setup.clone("phongvien", workTree: true)
        let editor = try setup.clone("bientap.git")
        let id = try setup.newArticle(reporter, "Bài trao đổi qua sync", body: "Đoạn một.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        try setup.sync(reporter)
        try setup.sync(editor)
        try setup.ok(editor, ["assign", id, "--to", Newsroom.editor, "-m", "Tôi nhận bài này"], as: Newsroom.editor)
        try setup.ok(editor, ["comment", id, "-m", "Thiếu ảnh minh họa"], as: Newsroom.editor)
        try setup.ok(reporter, ["comment", id, "-m", "Em gửi ảnh chiều nay"], as: Newsroom.reporter)
        try setup.sync(editor)
        try setup.sync(reporter)
        try setup.sync(editor)
        try setup.expectConverged([reporter, editor])
        // The reporter's comment, replayed on top of the editor's steps, has its parent's tree.
        let git = { (arguments: [String]) throws -> String in
            try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", reporter.path] + arguments,
                           in: setup.central.root, environment: setup.central.environment, scratch: setup.central.scratch).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try git(["log", "-1", "--format=%B", "main"]).contains("Galley-Transition: comment"))
        #expect(try git(["rev-parse", "main^{tree}"]) == (try git(["rev-parse", "main~1^{tree}"])))
        let shown = try jsonObject(try setup.ok(reporter, ["show", id, "--format", "json"]))
        #expect(string(shown, "assignee") == Newsroom.editor && string(shown, "last_note") == "Em gửi ảnh chiều nay", "\(shown)")
        let text = try setup.ok(editor, ["show", id]).stdout
        #expect(text.contains("Thiếu ảnh minh họa") && text.contains("Em gửi ảnh chiều nay"), "\(text)")
        let verdict = try jsonObject(try setup.central.galley(["verify", "--format", "json"]))
        #expect(verdict["ok"] as? Bool == true, "\(verdict)")
    }

    @Test("two editors assign one article offline: the second is kept aside, and resolving it assigns its own person")
    func assignmentConflict() throws {
        let setup = try SyncedNewsroom()
        let reporter = try setup.clone("pv.git"), first = try setup.clone("bt1.git"), second = try setup.clone("bt2.git")
        let id = try setup.newArticle(reporter, "Bài hai người giao", body: "Nội dung.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        try setup.sync(reporter)
        try setup.sync(first)
        try setup.sync(second)
        try setup.ok(first, ["assign", id, "--to", Newsroom.editor], as: Newsroom.editor)
        try setup.ok(second, ["assign", id, "--to", SyncedNewsroom.secondEditor.id], as: SyncedNewsroom.secondEditor.id)
        try setup.sync(first)
        let kept = try setup.run(second, ["sync"])
        #expect(kept.status == 5, "\(kept)")
        try setup.ok(second, ["conflicts", "resolve", id], as: SyncedNewsroom.secondEditor.id)
        try setup.sync(second)
        try setup.sync(reporter)
        try setup.expectConverged([reporter, second])
        let shown = try jsonObject(try setup.ok(reporter, ["show", id, "--format", "json"]))
        #expect(string(shown, "assignee") == SyncedNewsroom.secondEditor.id, "\(shown)")
    }
}
