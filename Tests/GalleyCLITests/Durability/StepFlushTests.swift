import Foundation
import Testing

/// What a step asks of the disk, read from the system calls themselves (`strace`): from the
/// command line its objects are flushed together, once, before the branch moves (issue 15: the
/// 16 per-object flushes of an approve were most of a bare transition); the web desk, which
/// writes from many tasks, keeps libgit2's flush of every object.
@Suite("Step durability, as the kernel sees it", .serialized)
struct StepFlushTests {
    /// The traced calls of one process tree, in order, without strace's pid column.
    static func calls(in trace: URL) throws -> [String] {
        let text = try String(contentsOf: trace, encoding: .utf8)
        return text.split(separator: "\n").map { line in
            // `-f` prefixes each line with the thread's id.
            let words = line.split(separator: " ", maxSplits: 1)
            if let first = words.first, Int(first) != nil, words.count == 2 { return words[1].trimmingCharacters(in: .whitespaces) }
            return line.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.contains("resumed>") || $0.contains("= 0") }
    }

    static let traced = "trace=fsync,fdatasync,syncfs,rename,renameat,renameat2"

    /// `galley approve ID` by the editor under strace; the calls it made.
    static func tracedApproval(of id: String, in room: Newsroom, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let trace = room.scratch.appendingPathComponent("approve-\(UUID().uuidString).trace")
        let run = try runProgram(
            URL(fileURLWithPath: "/usr/bin/strace"),
            ["-f", "-qq", "-o", trace.path, "-e", traced, room.galleyURL.path, "--as", Newsroom.editor, "approve", id],
            in: room.repo, environment: room.environment, scratch: room.scratch)
        try #require(run.status == 0, "\(run)", sourceLocation: sourceLocation)
        return try calls(in: trace)
    }

    static func isFlush(_ call: String) -> Bool {
        call.hasPrefix("fsync(") || call.hasPrefix("fdatasync(")
    }

    @Test("a command-line step: no object flushed alone, one syncfs, then the branch's own flushes", arguments: [true, false])
    func commandLineStepFlushesOnce(bare: Bool) throws {
        let room = try Newsroom(bare: bare)
        let id = try room.newArticle("Bài kiểm tra ghi đĩa")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let before = try room.head()
        let calls = try Self.tracedApproval(of: id, in: room)
        let syncs = calls.indices.filter { calls[$0].hasPrefix("syncfs(") }
        try #require(syncs.count == 1, "one syncfs for the step's objects: \(calls)")
        let sync = syncs[0]
        #expect(calls[sync].hasSuffix("= 0"), "\(calls[sync])")
        #expect(!calls[..<sync].contains(where: Self.isFlush), "no object flushed on its own before the batch's flush: \(calls)")
        let branchMove = try #require(calls.firstIndex { $0.contains("refs/heads/main.lock") && $0.contains("rename") },
                                      "the branch is renamed into place: \(calls)")
        #expect(sync < branchMove, "the objects are durable before the branch points at them: \(calls)")
        #expect(calls[sync..<branchMove].contains(where: Self.isFlush), "the branch's new file is flushed before it replaces the old: \(calls)")
        #expect(calls[branchMove...].contains(where: Self.isFlush), "and its folder after: \(calls)")
        #expect(try room.gitOut(["rev-parse", "HEAD~1"]) == before)
        #expect(try room.state(id) == "edited")
        let fsck = try room.git(["fsck", "--strict", "--no-dangling"])
        #expect(fsck.status == 0, "\(fsck)")
    }

    @Test("a newsroom with fsync: false flushes no object, not even together; only its branch")
    func fsyncOffFlushesNothing() throws {
        let room = try Newsroom(bare: true)
        try room.ok(["config", "set", "fsync", "false"], as: Newsroom.admin)
        let id = try room.newArticle("Bài trong kho không ghi đĩa ngay")
        try room.steps(id, [("submit", Newsroom.reporter)])
        // libgit2 flushes with fsync; SQLite (the index, a cache) with fdatasync, under its own settings.
        // The branch's file and folder keep their two: libgit2 fixes that when the repository opens.
        let calls = try Self.tracedApproval(of: id, in: room)
        #expect(!calls.contains { $0.hasPrefix("syncfs(") }, "\(calls)")
        #expect(calls.filter { $0.hasPrefix("fsync(") }.count == 2, "\(calls)")
        #expect(try room.state(id) == "edited")
    }

    @Test("the web desk flushes every object as libgit2 writes it, and never batches")
    func deskFlushesEachObject() throws {
        let room = try Newsroom()
        try room.setPassword(Newsroom.editor, "mật khẩu đủ dài 1")
        let id = try room.newArticle("Bài duyệt trên bàn biên tập")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let trace = room.scratch.appendingPathComponent("desk.trace")
        let desk = try DeskProcess(room, tracedTo: trace, calls: Self.traced)
        defer { desk.stop() }
        let editor = try DeskVisitor(desk, Newsroom.editor, "mật khẩu đủ dài 1")
        let before = try Self.calls(in: trace).filter(Self.isFlush).count
        let reply = try editor.post("/articles/\(id)/step", [("step", "approve"), ("note", "")])
        #expect(reply.status == 303, "\(reply.status) \(reply.text)")
        #expect(try room.state(id) == "edited")
        desk.stop()
        let calls = try Self.calls(in: trace)
        #expect(!calls.contains { $0.hasPrefix("syncfs(") }, "the desk never batches: \(calls)")
        // A blob, the article's folder and its four parents, the root tree and the commit: two
        // flushes each (file, folder), then the branch's two.
        #expect(calls.filter(Self.isFlush).count - before >= 16, "\(calls)")
    }
}
