import Foundation
import Testing

/// End to end: a bare central repository with `galley hook install`, served by
/// `git daemon`, and a client that pushes with plain `git push`.
@Suite("Central: pre-receive hook over git://")
struct CentralHookTests {
    @Test func theCentralRepositoryAcceptsLegalPushesAndRefusesEveryIllegalOne() throws {
        let newsroom = try SigningNewsroom()
        let room = newsroom.room
        let (admin, reporter, editor, chief) = (Newsroom.admin, Newsroom.reporter, Newsroom.editor, Newsroom.chief)
        // The chief is an editor too, so they can write an article and then try to approve it themselves.
        try newsroom.galley(["people", "set", chief, "--role", "chief", "--role", "editor"], as: admin, expectOK: true)

        let served = room.root.appendingPathComponent("srv")
        let central = served.appendingPathComponent("central.git")
        _ = try room.gitOut(["clone", "-q", "--bare", room.repo.path, central.path])
        let installed = try room.galley(["hook", "install", central.path])
        #expect(installed.status == 0, "\(installed)")
        func centralGit(_ arguments: [String]) throws -> String { try room.gitOut(["--git-dir", central.path] + arguments) }
        #expect(try centralGit(["config", "core.logAllRefUpdates"]) == "always")
        #expect(try centralGit(["config", "receive.fsckObjects"]) == "true")

        let daemon = try GitDaemon(basePath: served, environment: room.environment, log: room.scratch.appendingPathComponent("daemon.log"))
        defer { daemon.stop() }
        _ = try room.gitOut(["remote", "add", "central", daemon.url("central.git")])

        func push(_ extra: [String] = []) throws -> RunResult { try room.git(["push", "central"] + extra) }
        func expectRefused(_ what: String, _ text: String, _ extra: [String] = ["main"],
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
            let before = try centralGit(["rev-parse", "main"])
            let result = try push(extra)
            #expect(result.status != 0, "\(what) was accepted: \(result)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(text), "\(what): expected '\(text)' from the hook: \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains("pre-receive hook declined"), "\(result.stderr)", sourceLocation: sourceLocation)
            #expect(try centralGit(["rev-parse", "main"]) == before, "\(what) moved the central branch", sourceLocation: sourceLocation)
            _ = try room.gitOut(["reset", "-q", "--hard", before])
        }
        /// A step forged with plain git: the front matter edited by hand, Galley's trailers, signed by `person`.
        func forge(_ id: String, _ replace: (String, String), transition: String, from: String, to: String,
                   by person: String, role: String) throws {
            let path = try room.articlePath(id)
            let text = try String(contentsOf: room.workTreeURL(path), encoding: .utf8)
            try text.replacingOccurrences(of: replace.0, with: replace.1).write(to: room.workTreeURL(path), atomically: true, encoding: .utf8)
            let message = """
                \(transition): \(id) (\(from) → \(to))

                Galley-Article: \(id)
                Galley-Transition: \(transition)
                Galley-From: \(from)
                Galley-To: \(to)
                Galley-Actor: \(person)
                Galley-Role: \(role)

                """
            let member = try #require(room.member(person))
            let file = try room.writeScratch("forged-\(UUID().uuidString)", message)
            _ = try room.gitOut(["-c", "user.name=\(member.name)", "-c", "user.email=\(member.email)", "-c", "gpg.format=ssh",
                                 "-c", "user.signingkey=\(try #require(newsroom.keys[person]))",
                                 "commit", "-q", "-a", "-S", "--cleanup=verbatim", "-F", file])
        }

        // A legal history goes through, signed steps and all.
        let own = try newsroom.galley(["new", "Bài của tổng biên tập"], as: chief, expectOK: true).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try newsroom.galley(["submit", own], as: chief, expectOK: true)
        try newsroom.galley(["approve", own], as: editor, expectOK: true)
        let story = try newsroom.newArticle("Bài hợp lệ")
        try newsroom.galley(["submit", story], as: reporter, expectOK: true)
        let legal = try push(["main"])
        #expect(legal.status == 0, "a legal push was refused: \(legal)")
        #expect(try centralGit(["rev-parse", "main"]) == (try room.head()))

        // Self-approval: the chief approves their own article.
        try forge(own, ("state: edited", "state: approved"), transition: "approve", from: "edited", to: "approved", by: chief, role: "chief")
        try expectRefused("self-approval", "[not-permitted]")

        // A reporter approving.
        try forge(story, ("state: submitted", "state: edited"), transition: "approve", from: "submitted", to: "edited",
                  by: reporter, role: "reporter")
        try expectRefused("a reporter's approval", "[not-permitted]")

        // An unsigned approval after signing became required.
        try newsroom.galley(["approve", story], as: editor, expectOK: true)
        try newsroom.replaceTip(with: SigningNewsroom.strippingSignature(try newsroom.rawCommit()))
        try expectRefused("an unsigned approval", "[unsigned]")

        // A state edited by hand, committed with plain git.
        let path = try room.articlePath(story)
        let text = try String(contentsOf: room.workTreeURL(path), encoding: .utf8)
        try text.replacingOccurrences(of: "state: submitted", with: "state: published")
            .write(to: room.workTreeURL(path), atomically: true, encoding: .utf8)
        _ = try room.gitOut(["-c", "user.name=Thanh Phú", "-c", "user.email=phu@example.vn", "commit", "-q", "-a", "-m", "xuất bản luôn"])
        try expectRefused("a hand-edited state", "[outside-workflow]")

        // A force-push rewriting history.
        let tip = try room.head()
        _ = try room.gitOut(["reset", "-q", "--hard", "HEAD~1"])
        _ = try newsroom.newArticle("Lịch sử viết lại")
        try expectRefused("a force-push", "non-fast-forward", ["--force", "main"])
        #expect(try room.head() == tip)

        // Deleting the newsroom branch.
        try expectRefused("deleting main", "deleting main is not allowed", [":main"])

        // After all that, legal steps still land.
        try newsroom.galley(["approve", story], as: editor, expectOK: true)
        let after = try push(["main"])
        #expect(after.status == 0, "\(after)")
        daemon.stop()
    }
}
