import Foundation
import Testing

/// When sync or clone cannot do its work, or keeps a step aside, it says why in the reader's
/// language and keeps the local steps; the JSON's reason stays English.
@Suite("Sync: failures in Vietnamese")
struct SyncFailureLanguageTests {
    @Test("the central repository gone: the Vietnamese says it cannot be reached, and the local step stays")
    func centralUnreachable() throws {
        let setup = try SyncedNewsroom()
        let clone = try setup.clone("pv")
        let id = try setup.newArticle(clone, "Bài viết khi mất mạng", body: "Nội dung.\n")
        let before = try setup.tip(clone)
        let moved = setup.central.root.appendingPathComponent("central-moved-away")
        try FileManager.default.moveItem(at: setup.central.repo, to: moved)
        defer { try? FileManager.default.moveItem(at: moved, to: setup.central.repo) }
        let run = try setup.run(clone, ["--lang", "vi", "sync"], as: Newsroom.reporter)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Không kết nối được kho trung tâm") && run.stderr.contains("các bước của bạn vẫn được giữ ở đây"), "\(run)")
        #expect(try setup.tip(clone) == before)
        #expect(try setup.state(clone, id) == "draft")
    }

    @Test("a clone of a repository that is not a newsroom: said in Vietnamese")
    func clonedNotNewsroom() throws {
        let room = try Newsroom.uninitialized(bare: true)
        let plain = room.root.appendingPathComponent("plain.git")
        #expect(try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["git", "init", "-q", "--bare", plain.path], in: room.root,
                               environment: room.environment, scratch: room.scratch).status == 0)
        let target = room.root.appendingPathComponent("copy")
        let run = try room.galley(["--lang", "vi", "clone", plain.path, target.path], in: room.root)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Không sao chép được") || run.stderr.contains("không phải là một tòa soạn Galley"), "\(run)")
    }

    @Test("a step kept aside: the reason and who was first in Vietnamese, the JSON's reason in English")
    func keptAsideInVietnamese() throws {
        let setup = try SyncedNewsroom()
        let reporter = try setup.clone("pv.git"), first = try setup.clone("bt1.git"), second = try setup.clone("bt2.git")
        let id = try setup.newArticle(reporter, "Bài hai người cùng duyệt", body: "Nội dung.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        for clone in [reporter, first, second] { try setup.sync(clone) }
        try setup.ok(first, ["approve", id], as: Newsroom.editor)
        try setup.ok(second, ["approve", id], as: SyncedNewsroom.secondEditor.id)
        try setup.sync(first)
        let kept = try setup.run(second, ["--lang", "vi", "sync", "--format", "json"])
        #expect(kept.status == 5, "\(kept)")
        #expect(kept.stdout.contains("meanwhile \(Newsroom.editor) took 'approve'"), "\(kept.stdout)")
        #expect(kept.stderr.contains("trong lúc đó \(Newsroom.editor) đã thực hiện 'approve'") && !kept.stderr.contains("meanwhile"), "\(kept.stderr)")
    }
}
