import Foundation
import Testing

/// SIGKILL at random moments of a write (DESIGN §7): after every kill the next
/// command succeeds (no stuck lock), `git fsck` accepts the repository, the
/// branch names a complete commit, and every step that was acknowledged
/// (exit 0) before is still in the history. This proves atomicity against a
/// process crash; durability against power loss is argued in the README.
@Suite("Concurrency: crash harness", .serialized)
struct CrashHarnessTests {
    /// The next step for an article in `state`, and who takes it.
    static func nextStep(_ id: String, state: String) -> (arguments: [String], person: String) {
        switch state {
        case "submitted": (["reject", id, "-m", "Sửa lại", "--format", "json"], Newsroom.editor)
        default: (["submit", id, "--format", "json"], Newsroom.reporter)
        }
    }

    @Test("≥ 200 SIGKILLs mid-transition lose no acknowledged step and leave no stuck lock", arguments: [true, false])
    func killedTransitions(bare: Bool) throws {
        let room = try Newsroom(bare: bare)
        let ids = try (1...4).map { try room.newArticle("Bài chịu đựng sự cố \($0)") }
        var acknowledged: [String] = []
        let targetKills = bare ? 200 : 100
        var kills = 0, iterations = 0, clearedNotices = 0
        var generator = SystemRandomNumberGenerator()
        // How long one transition takes here, so kills land anywhere inside one.
        let probeStart = Date()
        try room.steps(ids[0], [("submit", Newsroom.reporter), ("reject", Newsroom.editor)])
        let stepSeconds = Date().timeIntervalSince(probeStart) / 2
        // The kill comes at a random moment inside `window`. The probe includes the harness's own
        // overhead, so a kill can come after a fast step has exited: the window shrinks after each
        // miss and grows back after each hit, so about half the kills land inside a transition
        // however fast the build and the machine are.
        var window = stepSeconds * 1.1

        while kills < targetKills && iterations < targetKills * 4 {
            iterations += 1
            let id = ids[iterations % ids.count]
            let state = try #require(try room.state(id))
            let step = Self.nextStep(id, state: state)
            let victim = try startProgram(
                room.galleyURL, ["--as", step.person] + step.arguments, in: room.repo, environment: room.environment, scratch: room.scratch)
            usleep(UInt32(Double.random(in: 0...window, using: &generator) * 1_000_000))
            victim.send(SIGKILL)
            let result = try victim.wait()
            let killed = result.killedBySignal
            window = killed ? min(window * 1.1, stepSeconds * 1.1) : window * 0.8
            if killed {
                kills += 1
            } else if result.status == 0 {
                acknowledged.append(try #require(string(try jsonObject(result), "commit")))
            } else {
                Issue.record("an unkilled step failed: \(result)")
            }

            // The next command succeeds at once: no lock blocks it.
            let afterState = try #require(try room.state(id))
            let next = Self.nextStep(id, state: afterState)
            let following = try room.galley(next.arguments, as: next.person, environment: ["GALLEY_LOCK_TIMEOUT": "5"])
            try #require(following.status == 0, "after kill \(kills) (iteration \(iterations)): \(following)")
            if following.stderr.contains("cleared") { clearedNotices += 1 }
            acknowledged.append(try #require(string(try jsonObject(following), "commit")))

            let fsck = try room.fsck()
            try #require(fsck.status == 0, "fsck after kill \(kills): \(fsck)")
            #expect(try room.git(["cat-file", "-e", "HEAD^{tree}"]).status == 0, "the branch names an incomplete commit")
            if !bare {
                let status = try room.gitOut(["status", "--porcelain"])
                #expect(status.isEmpty, "work tree or index out of step after kill \(kills):\n\(status)")
            }
        }
        #expect(kills >= targetKills, "only \(kills) kills landed in \(iterations) iterations")
        let history = Set(try room.gitOut(["rev-list", "HEAD"]).split(separator: "\n").map(String.init))
        let lost = acknowledged.filter { !history.contains($0) }
        #expect(lost.isEmpty, "acknowledged steps missing from the history: \(lost)")
        let verify = try room.galley(["verify"])
        #expect(verify.status == 0, "\(verify)")
        print("crash harness (\(bare ? "bare" : "work tree")): \(kills) kills in \(iterations) iterations, \(acknowledged.count) acknowledged steps, \(lost.count) lost, \(clearedNotices) stale lock files cleared")
    }
}
