import Foundation
import Testing

/// A central repository behind nginx (basic authentication) and git-http-backend, with the
/// pre-receive hook: the server names the pusher (REMOTE_USER), so an unsigned step that
/// names someone else is refused however it is pushed. Never skipped: scripts/test
/// installs nginx and fcgiwrap, and a machine without them fails here.
@Suite("Central over smart HTTP(S): nginx, basic auth, the hook knows who pushes")
struct HTTPSyncTests {
    static let passwords = [Newsroom.reporter: "pv-mat-khau", Newsroom.editor: "bt-mat-khau", Newsroom.chief: "tbt-mat-khau",
                            SyncedNewsroom.secondEditor.id: "bt2-mat-khau"]

    /// A hooked central newsroom served over http or https; every person has logged in once
    /// (git's credential store holds their password), except `bientap2`, whose stored password is wrong.
    static func served(tls: Bool) throws -> (SyncedNewsroom, HTTPGitServer) {
        let setup = try SyncedNewsroom()
        let room = setup.central
        let installed = try room.galley(["hook", "install", room.repo.path], in: room.root)
        guard installed.status == 0 else { throw FixtureError("hook install: \(installed)") }
        let server = try HTTPGitServer(base: room.root, users: passwords, tls: tls, room: room)
        var store = ""
        for person in [Newsroom.reporter, Newsroom.editor, Newsroom.chief] {
            store += server.storeLine(user: person, password: try #require(passwords[person])) + "\n"
        }
        store += server.storeLine(user: SyncedNewsroom.secondEditor.id, password: "sai-mat-khau") + "\n"
        try store.write(to: room.home.appendingPathComponent(".git-credentials"), atomically: true, encoding: .utf8)
        let gitconfig = room.home.appendingPathComponent(".gitconfig")
        let config = try String(contentsOf: gitconfig, encoding: .utf8) + "\n[credential]\n\thelper = store\n"
        try config.write(to: gitconfig, atomically: true, encoding: .utf8)
        room.environment["GIT_TERMINAL_PROMPT"] = "0"
        if let ca = server.caCertificate { room.environment["GIT_SSL_CAINFO"] = ca.path }
        setup.url = server.url(room.repo.lastPathComponent)
        return (setup, server)
    }

    /// A clone that reaches the central repository as `person` (their user name in the URL).
    static func clone(_ setup: SyncedNewsroom, _ server: HTTPGitServer, _ name: String, as person: String,
                      workTree: Bool = false) throws -> URL {
        try setup.clone(name, workTree: workTree, url: server.url(setup.central.repo.lastPathComponent, user: person))
    }

    @Test("a day over http and https: three people, three clones; a spoofed step is refused for galley sync and git push",
          arguments: [false, true])
    func day(tls: Bool) throws {
        let (setup, server) = try Self.served(tls: tls)
        let reporter = try Self.clone(setup, server, "phongvien", as: Newsroom.reporter, workTree: true)
        let editor = try Self.clone(setup, server, "bientap.git", as: Newsroom.editor)
        let chief = try Self.clone(setup, server, "tongbientap.git", as: Newsroom.chief)

        let id = try setup.newArticle(reporter, "Cầu Đồng Lạc thông xe", body: "Đoạn một.\n\nĐoạn hai.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        let waiting = try jsonObject(try setup.ok(reporter, ["status", "--format", "json"]))
        #expect(waiting["waiting"] as? Int == 2, "status over \(tls ? "https" : "http"): \(waiting)")
        try setup.sync(reporter)
        let synced = try jsonObject(try setup.ok(reporter, ["status", "--format", "json"]))
        #expect(synced["waiting"] as? Int == 0, "\(synced)")
        try setup.sync(editor)
        try setup.ok(editor, ["approve", id], as: Newsroom.editor)
        try setup.sync(editor)
        try setup.sync(chief)
        try setup.ok(chief, ["approve", id], as: Newsroom.chief)
        try setup.ok(chief, ["publish", id], as: Newsroom.chief)
        try setup.sync(chief)
        try setup.expectConverged([reporter, editor, chief])
        #expect(try setup.state(reporter, id) == "published")

        // The reporter's own legal steps still go through; then they take the editor's step in their clone.
        let second = try setup.newArticle(reporter, "Bài thứ hai", body: "Nội dung.\n")
        try setup.ok(reporter, ["submit", second], as: Newsroom.reporter)
        try setup.sync(reporter)
        let before = try setup.tip(setup.central.repo)
        try setup.ok(reporter, ["approve", second], as: Newsroom.editor)
        let refused = try setup.run(reporter, ["sync"])
        #expect(refused.status != 0, "a spoofed approval went through: \(refused)")
        #expect(refused.stderr.contains("[pusher-mismatch]"), "\(refused)")
        #expect(refused.stderr.contains("pushed by \(Newsroom.reporter)"), "\(refused)")
        #expect(refused.stderr.contains("approve step names \(Newsroom.editor)"), "\(refused)")
        #expect(try setup.tip(setup.central.repo) == before)

        // The same commit with plain git: refused with the hook's words.
        let pushed = try setup.central.git(["-C", reporter.path, "push", "origin", "main"])
        #expect(pushed.status != 0, "\(pushed)")
        #expect(pushed.stderr.contains("[pusher-mismatch]"), "\(pushed)")
        #expect(pushed.stderr.contains("pre-receive hook declined"), "\(pushed)")
        #expect(try setup.tip(setup.central.repo) == before)

        // The editor takes the step themselves: accepted.
        try setup.sync(editor)
        try setup.ok(editor, ["approve", second], as: Newsroom.editor)
        try setup.sync(editor)
        #expect(try setup.state(editor, second) == "edited")
        withExtendedLifetime(server) {}
    }

    @Test("a wrong password fails at once with a clear message, and git's helper forgets it", arguments: [false, true])
    func wrongPassword(tls: Bool) throws {
        let (setup, server) = try Self.served(tls: tls)
        let room = setup.central
        let unauthorizedBefore = server.log("access.log").components(separatedBy: "\" 401 ").count
        let path = room.root.appendingPathComponent("clones/sai.git")
        let result = try room.galley(["clone", server.url(room.repo.lastPathComponent, user: SyncedNewsroom.secondEditor.id), path.path],
                                     in: room.root)
        #expect(result.status != 0)
        #expect(result.stderr.contains("refused the password for '\(SyncedNewsroom.secondEditor.id)'"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: path.appendingPathComponent("HEAD").path))
        // No retry loop: the probe without credentials and the wrong password, which libgit2 sends on
        // the connection the 401 closed and once more on a new one; then the second ask fails at once.
        let unauthorized = server.log("access.log").components(separatedBy: "\" 401 ").count - unauthorizedBefore
        #expect(unauthorized <= 3, "\(unauthorized) refused requests: \(server.log("access.log"))")
        let store = try String(contentsOf: room.home.appendingPathComponent(".git-credentials"), encoding: .utf8)
        #expect(!store.contains(SyncedNewsroom.secondEditor.id), "the refused password is still stored: \(store)")
        #expect(store.contains(Newsroom.reporter))
    }

    @Test("logging in once: git asks (GIT_ASKPASS here), and the password that worked is stored by git's helper")
    func logInOnce() throws {
        let (setup, server) = try Self.served(tls: true)
        let room = setup.central
        let person = SyncedNewsroom.secondEditor.id
        let storeFile = room.home.appendingPathComponent(".git-credentials")
        let others = try String(contentsOf: storeFile, encoding: .utf8).split(separator: "\n").filter { !$0.contains(person) }
        try (others.joined(separator: "\n") + "\n").write(to: storeFile, atomically: true, encoding: .utf8)
        let askpass = room.scratch.appendingPathComponent("askpass.sh")
        try "#!/bin/sh\necho \(try #require(Self.passwords[person]))\n".write(to: askpass, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: askpass.path)

        let clone = try setup.clone("bientap2.git", url: server.url(room.repo.lastPathComponent, user: person),
                                    environment: ["GIT_ASKPASS": askpass.path])
        let stored = try String(contentsOf: storeFile, encoding: .utf8)
        #expect(stored.contains("\(person):\(try #require(Self.passwords[person]))@"), "not stored: \(stored)")
        // From now on no one is asked: the helper answers.
        setup.environments[clone.path] = ["GIT_ASKPASS": "/bin/false"]
        try setup.sync(clone)
    }

    @Test("a password written into the URL is never printed: clone, status, sync, and their failures")
    func passwordInTheURL() throws {
        let (setup, server) = try Self.served(tls: false)
        let room = setup.central
        let password = try #require(Self.passwords[Newsroom.reporter])
        let url = server.url(room.repo.lastPathComponent, user: "\(Newsroom.reporter):\(password)")
        let path = room.root.appendingPathComponent("clones/matkhau")
        let cloned = try room.galley(["clone", url, path.path, "--work-tree"], in: room.root)
        #expect(cloned.status == 0, "\(cloned)")
        var outputs = [cloned]
        outputs.append(try room.galley(["--repo", path.path, "status"], in: room.root))
        outputs.append(try room.galley(["--repo", path.path, "status", "--format", "json"], in: room.root))
        outputs.append(try room.galley(["--repo", path.path, "sync"], in: room.root))
        outputs.append(try room.galley(["--repo", path.path, "sync", "--format", "json"], in: room.root))
        #expect(outputs.allSatisfy { $0.status == 0 }, "\(outputs)")
        // Failures: a wrong password in the URL, a repository that is not there.
        let wrong = server.url(room.repo.lastPathComponent, user: "\(Newsroom.reporter):sai-\(password)")
        _ = try room.git(["-C", path.path, "remote", "set-url", "origin", wrong])
        outputs.append(try room.galley(["--repo", path.path, "sync"], in: room.root))
        outputs.append(try room.galley(["clone", server.url("khong-co.git", user: "\(Newsroom.reporter):\(password)"),
                                        room.root.appendingPathComponent("clones/khongco").path], in: room.root))
        #expect(outputs.suffix(2).allSatisfy { $0.status != 0 }, "\(outputs.suffix(2))")
        for output in outputs {
            #expect(!output.stdout.contains(password) && !output.stderr.contains(password), "the password was printed: \(output)")
        }
        #expect(cloned.stdout.contains("cloned http://\(Newsroom.reporter)@127.0.0.1"), "\(cloned)")
    }

    @Test("a user name with a newline in the URL (%0A) cannot add lines to what git's credential helpers are asked")
    func newlineInTheUserName() throws {
        let (setup, server) = try Self.served(tls: false)
        let room = setup.central
        // A helper that records what it is asked, before the store answers.
        let log = room.scratch.appendingPathComponent("helper.log")
        let gitconfig = room.home.appendingPathComponent(".gitconfig")
        let config = try String(contentsOf: gitconfig, encoding: .utf8)
            .replacingOccurrences(of: "\thelper = store\n", with: "\thelper = \"!f() { cat >> '\(log.path)'; }; f\"\n\thelper = store\n")
        try config.write(to: gitconfig, atomically: true, encoding: .utf8)
        let injected = "x%0Ahost=elsewhere.example%0Ausername=\(Newsroom.editor)"
        let url = server.url(room.repo.lastPathComponent, user: injected)
        let result = try room.galley(["clone", url, room.root.appendingPathComponent("clones/xuongdong").path], in: room.root)
        #expect(result.status != 0, "\(result)")
        let asked = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(!asked.contains("elsewhere.example"), "the helpers were asked about another host: \(asked)")
        #expect(result.stderr.contains("holds a line break"), "\(result)")
    }

    @Test("https: a server certificate from a CA the machine does not trust is refused, with what to do")
    func untrustedCertificate() throws {
        let (setup, server) = try Self.served(tls: true)
        let room = setup.central
        let result = try room.galley(["clone", server.url(room.repo.lastPathComponent, user: Newsroom.reporter),
                                      room.root.appendingPathComponent("clones/untrusted.git").path],
                                     in: room.root, environment: ["GIT_SSL_CAINFO": nil])
        #expect(result.status != 0)
        #expect(result.stderr.contains("not signed by a certificate authority this machine trusts"), "\(result)")
        #expect(result.stderr.contains("GIT_SSL_CAINFO"), "\(result)")
    }
}
