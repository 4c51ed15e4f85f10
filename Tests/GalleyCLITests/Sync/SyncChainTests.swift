import Foundation
import Testing

/// Three people on three clones of one central repository, a sync between each
/// step (DESIGN §3: sync replays local steps on the central tip).
@Suite("Sync: the chain across clones")
struct SyncChainTests {
    static func chain(_ setup: SyncedNewsroom) throws {
        let reporter = try setup.clone("phongvien", workTree: true)
        let editor = try setup.clone("bientap.git")
        let chief = try setup.clone("tongbientap.git")
        let id = try setup.newArticle(reporter, "Cầu Đồng Lạc thông xe", body: "Đoạn một.\n\nĐoạn hai.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        let waiting = try jsonObject(try setup.ok(reporter, ["status", "--format", "json"]))
        #expect(waiting["waiting"] as? Int == 2, "\(waiting)")
        try setup.sync(reporter)
        try setup.sync(editor)
        try setup.ok(editor, ["approve", id], as: Newsroom.editor)
        try setup.sync(editor)
        try setup.sync(chief)
        try setup.ok(chief, ["approve", id], as: Newsroom.chief)
        try setup.sync(chief)
        try setup.ok(chief, ["publish", id], as: Newsroom.chief)
        try setup.sync(chief)
        let before = try jsonObject(try setup.ok(reporter, ["status", "--format", "json"]))
        #expect(before["waiting"] as? Int == 0)
        try setup.expectConverged([reporter, editor, chief])
        #expect(try setup.state(reporter, id) == "published")
        // The reporter's work tree follows: the published file is on disk and git sees no changes.
        let status = try setup.central.git(["-C", reporter.path, "status", "--porcelain"])
        #expect(status.stdout.isEmpty, "\(status)")
    }

    @Test("reporter → editor → chief over a local path: all clones converge, verify passes")
    func localPath() throws {
        try Self.chain(try SyncedNewsroom())
    }

    @Test("the same over git:// (git daemon with receive-pack on 127.0.0.1)")
    func gitDaemon() throws {
        let setup = try SyncedNewsroom()
        let daemon = try SyncGitDaemon(serving: setup.central.root, room: setup.central)
        setup.url = "git://127.0.0.1:\(daemon.port)/\(setup.central.repo.lastPathComponent)"
        try Self.chain(setup)
        withExtendedLifetime(daemon) {}
    }

    @Test("file:// URLs take the local compare-and-swap path too")
    func fileURL() throws {
        let setup = try SyncedNewsroom()
        setup.url = "file://" + setup.central.repo.path
        let reporter = try setup.clone("pv.git")
        let id = try setup.newArticle(reporter, "Tin qua file", body: "Một.\n")
        try setup.sync(reporter)
        #expect(try setup.central.state(id) == "draft")
        try setup.expectConverged([reporter])
    }

    @Test("a lost race is retried: four clones syncing at once all land, in one line")
    func racingSyncs() throws {
        let setup = try SyncedNewsroom()
        let clones = try (1...4).map { try setup.clone("pv\($0).git") }
        for (index, clone) in clones.enumerated() { _ = try setup.newArticle(clone, "Tin \(index)", body: "Nội dung \(index).\n") }
        let running = try clones.map { clone in
            try startProgram(setup.central.galleyURL, ["--repo", clone.path, "sync"], in: setup.central.root,
                             environment: setup.central.environment, scratch: setup.central.scratch)
        }
        for result in try running.map({ try $0.wait() }) { #expect(result.status == 0, "\(result)") }
        try setup.expectConverged(clones)
        #expect(try setup.central.gitOut(["rev-list", "--count", "--merges", "main"]) == "0")
        #expect(try setup.central.galley(["list", "--format", "json"]).stdout.components(separatedBy: "\"id\"").count == 5)
    }
}
