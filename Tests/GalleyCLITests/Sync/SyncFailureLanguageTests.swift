import Foundation
import Testing

/// When sync or clone cannot do its work, it says why in the reader's language, keeps the local
/// steps, and exits 1.
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
}
