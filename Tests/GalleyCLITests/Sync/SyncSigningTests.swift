import Foundation
import Testing

/// A replayed step gets a new parent, so its signature must be made again:
/// with `signing: required`, sync re-signs the local person's own steps.
@Suite("Sync: signed steps")
struct SyncSigningTests {
    @Test func aReplayedStepIsSignedAgainAndTheCentralHistoryVerifies() throws {
        let setup = try SyncedNewsroom()
        let central = setup.central
        var keys: [String: String] = [:]
        for person in [Newsroom.admin, Newsroom.reporter, Newsroom.editor] {
            let path = central.scratch.appendingPathComponent("key-\(person)").path
            let made = try runProgram(
                URL(fileURLWithPath: "/usr/bin/env"), ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", person, "-f", path],
                in: central.scratch, environment: central.environment, scratch: central.scratch)
            try #require(made.status == 0, "ssh-keygen: \(made)")
            try central.ok(["people", "key", "add", person, path + ".pub"], as: Newsroom.admin)
            keys[person] = path
        }
        try central.ok(["config", "set", "signing", "required"], as: Newsroom.admin, environment: ["GALLEY_SIGNING_KEY": keys[Newsroom.admin]])

        func signed(_ clone: URL, _ arguments: [String], as person: String) throws -> RunResult {
            try central.galley(
                ["--repo", clone.path, "--as", person] + arguments, in: central.root, environment: ["GALLEY_SIGNING_KEY": keys[person]])
        }
        let reporter = try setup.clone("pv.git"), editor = try setup.clone("bt.git")
        let body = try central.writeScratch("body.md", "Nội dung bài.\n")
        let first = try signed(reporter, ["new", "Bài ký trước khi đồng bộ", "--body-file", body], as: Newsroom.reporter)
        try #require(first.status == 0, "\(first)")
        let id = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try signed(reporter, ["sync"], as: Newsroom.reporter).status == 0)
        // The central branch moves on (the editor starts an article) while the reporter works offline.
        #expect(try signed(editor, ["sync"], as: Newsroom.editor).status == 0)
        #expect(try signed(editor, ["new", "Bài của biên tập", "--body-file", body], as: Newsroom.editor).status == 0)
        #expect(try signed(editor, ["sync"], as: Newsroom.editor).status == 0)
        #expect(try signed(reporter, ["submit", id], as: Newsroom.reporter).status == 0)

        let synced = try signed(reporter, ["sync"], as: Newsroom.reporter)
        #expect(synced.status == 0, "the replayed submit is signed again, not kept as a conflict: \(synced)")
        let verdict = try jsonObject(try central.galley(["verify", "--format", "json"]))
        #expect(verdict["ok"] as? Bool == true, "central verify: \(verdict)")
        #expect(try setup.state(reporter, id) == "submitted")
        let header = try central.gitOut(["cat-file", "commit", "refs/heads/main"])
        #expect(header.contains("gpgsig -----BEGIN SSH SIGNATURE-----"), "the replayed tip is signed")
    }
}

/// libgit2 returns success for a push a server hook declined; sync must still fail and show the hook's words.
@Suite("Sync: a central hook's refusal")
struct SyncHookRefusalTests {
    @Test func aDeclinedPushFailsWithTheServersMessage() throws {
        let setup = try SyncedNewsroom()
        let daemon = try SyncGitDaemon(serving: setup.central.root, room: setup.central)
        setup.url = "git://127.0.0.1:\(daemon.port)/\(setup.central.repo.lastPathComponent)"
        let reporter = try setup.clone("pv.git")
        let before = try setup.tip(setup.central.repo)
        // A central policy that refuses everything, with its own words.
        let hook = setup.central.repo.appendingPathComponent("hooks/pre-receive")
        try "#!/bin/sh\necho 'Tòa soạn đang bảo trì: chưa nhận bài mới' >&2\nexit 1\n".write(to: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)

        _ = try setup.newArticle(reporter, "Bài gửi lúc bảo trì", body: "Nội dung.\n")
        let synced = try setup.run(reporter, ["sync"])
        #expect(synced.status != 0, "a declined push is not success: \(synced)")
        #expect(synced.stderr.contains("Tòa soạn đang bảo trì"), "the hook's message reaches the user: \(synced.stderr)")
        #expect(try setup.tip(setup.central.repo) == before, "the central branch is unchanged")
        let status = try jsonObject(try setup.run(reporter, ["status", "--format", "json"]))
        #expect(status["waiting"] as? Int == 1, "the step still waits to be synced: \(status)")
        withExtendedLifetime(daemon) {}
    }
}
