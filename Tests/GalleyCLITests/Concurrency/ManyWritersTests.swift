import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Many galley processes writing to one repository at once (DESIGN §7): the
/// flock serialises them, the compare-and-swap guards the branch, and nothing
/// is lost or applied twice.
@Suite("Concurrency: many writers on one repository", .serialized)
struct ManyWritersTests {
    @Test("8 processes × 100 transitions on distinct articles: 800 commits, none lost, fsck clean")
    func eightTimesHundred() throws {
        let room = try Newsroom(bare: true)
        let ids = try (1...8).map { try room.newArticle("Bài số \($0) chạy song song") }
        let tip = try room.head()
        let started = Date()
        // Each process alternates submit (reporter) and reject (editor): 50 rounds = 100 steps.
        let workers = try ids.map { id in
            try room.shell("""
                for i in $(seq 50); do
                  "$G" --as \(Newsroom.reporter) submit \(id) >/dev/null || { echo "submit $i failed" >&2; exit 1; }
                  "$G" --as \(Newsroom.editor) reject \(id) -m "vòng $i" >/dev/null || { echo "reject $i failed" >&2; exit 1; }
                done
                """)
        }
        let results = try workers.map { try $0.wait() }
        let seconds = Date().timeIntervalSince(started)
        for (id, result) in zip(ids, results) { #expect(result.status == 0, "\(id): \(result)") }
        #expect(try room.gitOut(["rev-list", "--count", "\(tip)..HEAD"]) == "800", "after \(seconds) s")
        #expect(try room.gitOut(["rev-list", "--merges", "--count", "HEAD"]) == "0")
        for id in ids {
            let count = try room.gitOut(["rev-list", "--count", "--fixed-strings", "--grep", "Galley-Article: \(id)", "\(tip)..HEAD"])
            #expect(count == "100", "\(id) has \(count) steps")
            #expect(try room.state(id) == "returned")
        }
        let fsck = try room.fsck()
        #expect(fsck.status == 0 && fsck.stdout.isEmpty, "\(fsck)")
        let verify = try room.galley(["verify"])
        #expect(verify.status == 0, "\(verify)")
        print("8 × 100 transitions: \(String(format: "%.1f", seconds)) s")
    }

    @Test("8 editors approving one article at once: exactly one commit, the others refused and told who was first")
    func eightApprovals() throws {
        let room = try Newsroom(bare: true, staff: Newsroom.staffWithEditors(8))
        let editors = (1...8).map { "bientap\($0)" }
        let id = try room.newArticle("Bài tám người cùng duyệt")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let tip = try room.head()
        let running = try editors.map { try room.start(["approve", id], as: $0) }
        let results = try running.map { try $0.wait() }
        let winners = zip(editors, results).filter { $0.1.status == 0 }.map(\.0)
        try #require(winners.count == 1, "winners: \(winners); \(results)")
        for (editor, result) in zip(editors, results) where editor != winners[0] {
            #expect(result.status == 3, "\(editor): \(result)")
            #expect(result.stderr.contains(winners[0]), "\(editor) is not told who was first: \(result.stderr)")
        }
        #expect(try room.gitOut(["rev-list", "--count", "\(tip)..HEAD"]) == "1")
        #expect(try room.fsck().status == 0)
    }

    @Test("reading commands never wait for the write lock; a writer waits for a live holder up to a bound, then exits 1")
    func readersIgnoreTheLock() throws {
        let room = try Newsroom(bare: true)
        let id = try room.newArticle("Bài khi khóa đang bị giữ")
        // This test process holds Galley's flock, as a live, stuck writer would.
        let lockPath = room.gitDir.appendingPathComponent("galley.lock").path
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        try #require(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0, "the test could not take the lock")
        var released = false
        defer { if !released { close(fd) } }

        for arguments in [["list"], ["show", id], ["log", id], ["queue"], ["verify"]] {
            let started = Date()
            let result = try room.galley(arguments, as: Newsroom.editor)
            #expect(result.status == 0, "\(arguments): \(result)")
            #expect(Date().timeIntervalSince(started) < 5, "\(arguments) waited for the lock")
        }

        let started = Date()
        let blocked = try room.galley(["submit", id], as: Newsroom.reporter, environment: ["GALLEY_LOCK_TIMEOUT": "1"])
        let waited = Date().timeIntervalSince(started)
        #expect(blocked.status == 1, "\(blocked)")
        #expect(blocked.stderr.contains("lock"), "\(blocked.stderr)")
        #expect(waited >= 0.9 && waited < 10, "waited \(waited) s")
        #expect(try room.state(id) == "draft")

        // The holder lets go: the next write goes through at once.
        close(fd)
        released = true
        try room.steps(id, [("submit", Newsroom.reporter)])
        #expect(try room.state(id) == "submitted")
    }
}
