import Foundation
import Testing

/// Races between galley processes, locks left behind, and the fixture's own checks.
@Suite("Races and locks")
struct RobustnessTests {
    @Test("the fixture's snapshot notices a commit, an index change and a work-tree edit")
    func snapshotSeesChanges() throws {
        let room = try Newsroom(staff: [])
        let base = try room.snapshot()
        #expect(base == (try room.snapshot()))
        let readme = room.repo.appendingPathComponent("README.md")
        try Data("đổi\n".utf8).write(to: readme)
        let edited = try room.snapshot()
        #expect(edited != base && edited.head == base.head)
        #expect(try room.git(["add", "README.md"]).status == 0)
        let staged = try room.snapshot()
        #expect(staged.index != edited.index)
        #expect(try room.git(["commit", "-qm", "đổi"]).status == 0)
        #expect(try room.snapshot().head != base.head)
    }

    @Test("two editors approving at once: exactly one wins, the other is told")
    func racingApprovals() throws {
        let extra = [
            StaffMember(id: "bientap2", name: "Biên Tập Hai", email: "bt2@example.vn", roles: ["editor"]),
            StaffMember(id: "bientap3", name: "Biên Tập Ba", email: "bt3@example.vn", roles: ["editor"]),
        ]
        let room = try Newsroom(bare: true, staff: Newsroom.standardStaff + extra)
        let editors = [Newsroom.editor] + extra.map(\.id)
        let id = try room.newArticle("Bài tranh nhau duyệt")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let tip = try room.head()

        let running = try editors.map { try room.start(["approve", id], as: $0) }
        let results = try running.map { try $0.wait() }

        let winners = zip(editors, results).filter { $0.1.status == 0 }.map(\.0)
        try #require(winners.count == 1, "winners: \(winners); \(results)")
        let winner = winners[0]
        for (editor, result) in zip(editors, results) where editor != winner {
            // The loser waited for the lock, then found the article already edited: a refusal (DESIGN §6), not a failure.
            #expect(result.status == 3, "\(editor): \(result)")
            #expect(result.stderr.hasPrefix("galley: ") && result.stderrLines.count == 1, "\(editor): \(result.stderr)")
            #expect(result.stderr.contains(winner), "\(editor) is not told that \(winner) was first: \(result.stderr)")
        }
        #expect(try room.gitOut(["rev-parse", "HEAD^"]) == tip, "more than one commit after the race")
        #expect(try room.trailers().contains("Galley-Actor: \(winner)"))
        #expect(try room.state(id) == "edited")
        #expect(try room.git(["fsck", "--strict", "--no-progress"]).status == 0)
    }

    @Test("six articles with one title created at once get six distinct ids", arguments: [false, true])
    func racingCreates(bare: Bool) throws {
        let room = try Newsroom(bare: bare)
        let tip = try room.head()
        let running = try (0..<6).map { _ in try room.start(["new", "Tin nóng"], as: Newsroom.reporter) }
        let results = try running.map { try $0.wait() }
        for result in results { #expect(result.status == 0, "\(result)") }
        let ids = results.map { $0.stdout.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(Set(ids) == ["tin-nong", "tin-nong-2", "tin-nong-3", "tin-nong-4", "tin-nong-5", "tin-nong-6"], "\(ids)")
        #expect(try room.gitOut(["rev-list", "--count", "\(tip)..HEAD"]) == "6")
        #expect(try room.gitOut(["rev-list", "--merges", "--count", "HEAD"]) == "0")
        #expect(try room.git(["fsck", "--strict", "--no-progress"]).status == 0)
        if !bare { #expect(try room.gitOut(["status", "--porcelain"]).isEmpty) }
    }

    @Test("a stale branch lock: a clear failure, quickly, nothing written; then it works again")
    func staleBranchLock() throws {
        let room = try Newsroom()
        let lock = room.gitDir.appendingPathComponent("refs/heads/main.lock")
        try Data().write(to: lock)
        let before = try room.snapshot()
        let started = Date()
        let result = try room.galley(["new", "Bài gặp khóa"], as: Newsroom.reporter)
        #expect(Date().timeIntervalSince(started) < 20, "blocked on the lock")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 1 && result.stderr.hasPrefix("galley: "), "\(result.stderr)")
        expectUnchanged(before, try room.snapshot(), "write under a stale branch lock")
        try FileManager.default.removeItem(at: lock)
        _ = try room.newArticle("Bài sau khi gỡ khóa")
        #expect(try room.gitOut(["status", "--porcelain"]).isEmpty)
    }

    @Test("a held git index lock: the command fails without moving the branch")
    func heldIndexLock() throws {
        let room = try Newsroom()
        let lock = room.gitDir.appendingPathComponent("index.lock")
        try Data().write(to: lock)
        let before = try room.snapshot()
        let result = try room.galley(["new", "Bài gặp khóa index"], as: Newsroom.reporter)
        let after = try room.snapshot()
        // A lock that is not released is a failure (1), said in one line.
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 1 && result.stderr.contains("index.lock"), "\(result.stderr)")
        // A held index lock is seen before the branch moves: nothing is recorded.
        expectUnchanged(before, after, "write under a held index lock")
        try FileManager.default.removeItem(at: lock)
        let status = try room.gitOut(["status", "--porcelain"])
        #expect(status.isEmpty, "git status after the lock is gone:\n\(status)")
    }
}
