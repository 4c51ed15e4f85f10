import Foundation
import Testing

/// ssh with one key a person: through `galley ssh-entry` in authorized_keys, and under
/// Debian's gitolite3 (which names the pusher GL_USER). In both the hooked central
/// repository refuses an unsigned step that names someone other than the key's owner.
/// Never skipped: scripts/test installs openssh-server and gitolite3.
@Suite("Central over ssh: one key a person, galley ssh-entry and gitolite")
struct SSHPushIdentityTests {
    /// An ed25519 key pair for `person` in the fixture's scratch folder; returns the private key and the public line.
    static func key(_ person: String, in room: Newsroom) throws -> (URL, String) {
        let folder = room.scratch.appendingPathComponent("keys")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(person)
        try SyncSSHServer.keygen(["-q", "-t", "ed25519", "-N", "", "-C", person, "-f", file.path], room: room)
        let line = try String(contentsOf: file.appendingPathExtension("pub"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return (file, line)
    }

    /// The spoof and the legal step, on any transport: the reporter's clone takes the editor's step.
    static func spoofRefusedOwnStepAccepted(_ setup: SyncedNewsroom, reporter: URL, editor: URL, pusher: String) throws {
        let id = try setup.newArticle(reporter, "Tin qua ssh", body: "Nội dung.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        try setup.sync(reporter)
        let before = try setup.tip(setup.central.repo)
        #expect(try setup.state(reporter, id) == "submitted")

        try setup.ok(reporter, ["approve", id], as: Newsroom.editor)
        let refused = try setup.run(reporter, ["sync"])
        #expect(refused.status != 0, "a spoofed approval went through: \(refused)")
        #expect(refused.stderr.contains("[pusher-mismatch]"), "\(refused)")
        #expect(refused.stderr.contains("pushed by \(Newsroom.reporter) (login '\(Newsroom.reporter)', \(pusher))"), "\(refused)")
        #expect(try setup.tip(setup.central.repo) == before, "the central branch moved")

        try setup.sync(editor)
        try setup.ok(editor, ["approve", id], as: Newsroom.editor)
        try setup.sync(editor)
        #expect(try setup.tip(setup.central.repo) != before)
        #expect(try setup.state(editor, id) == "edited")
    }

    @Test("galley ssh-entry: a key is a person; their spoof is refused, their own step accepted, a shell refused")
    func sshEntry() throws {
        let setup = try SyncedNewsroom()
        let room = setup.central
        let installed = try room.galley(["hook", "install", room.repo.path], in: room.root)
        #expect(installed.status == 0, "\(installed)")
        var lines = ""
        var keys: [String: URL] = [:]
        for person in [Newsroom.reporter, Newsroom.editor] {
            let (file, line) = try Self.key(person, in: room)
            keys[person] = file
            lines += "command=\"\(room.galleyURL.path) ssh-entry --person \(person) \(room.repo.path)\",restrict \(line)\n"
        }
        let server = try SyncSSHServer(room: room, authorizedKeys: lines)
        try server.trustHostKey(in: room)
        let url = server.url(for: room.repo)
        let reporter = try setup.clone("phongvien.git", url: url, environment: ["GALLEY_SSH_KEY": keys[Newsroom.reporter]?.path])
        let editor = try setup.clone("bientap.git", url: url, environment: ["GALLEY_SSH_KEY": keys[Newsroom.editor]?.path])
        try Self.spoofRefusedOwnStepAccepted(setup, reporter: reporter, editor: editor, pusher: "GALLEY_PUSHER")

        // Anything but git's fetch and push is refused, a shell first of all.
        func ssh(_ command: [String]) throws -> RunResult {
            try runProgram(URL(fileURLWithPath: "/usr/bin/ssh"),
                           ["-i", try #require(keys[Newsroom.reporter]).path, "-p", String(server.port),
                            "-o", "BatchMode=yes", "-o", "UserKnownHostsFile=\(room.home.path)/.ssh/known_hosts",
                            "\(server.user)@127.0.0.1"] + command,
                           in: room.root, environment: room.environment, scratch: room.scratch)
        }
        let shell = try ssh([])
        #expect(shell.status != 0)
        #expect(shell.stderr.contains("chỉ dùng cho git"), "\(shell)")
        let command = try ssh(["id"])
        #expect(command.status != 0)
        #expect(!command.stdout.contains("uid="), "\(command)")
        #expect(command.stderr.contains("git-upload-pack, git-receive-pack"), "\(command)")
        let elsewhere = try ssh(["git-upload-pack '/etc'"])
        #expect(elsewhere.status != 0)
        #expect(elsewhere.stderr.contains(room.repo.path), "\(elsewhere)")
    }

    @Test("galley ssh-entry behind an sshd that accepts GIT_* from clients: a smuggled core.hooksPath or pusher does not reach git")
    func smuggledEnvironment() throws {
        let setup = try SyncedNewsroom()
        let room = setup.central
        let installed = try room.galley(["hook", "install", room.repo.path], in: room.root)
        #expect(installed.status == 0, "\(installed)")
        let (file, line) = try Self.key(Newsroom.reporter, in: room)
        let entry = "command=\"\(room.galleyURL.path) ssh-entry --person \(Newsroom.reporter) \(room.repo.path)\",restrict \(line)\n"
        let server = try SyncSSHServer(room: room, authorizedKeys: entry, extraConfig: "AcceptEnv GIT_* GL_USER REMOTE_USER GALLEY_*\n")
        try server.trustHostKey(in: room)
        let url = server.url(for: room.repo)
        let reporter = try setup.clone("phongvien", workTree: true, url: url, environment: ["GALLEY_SSH_KEY": file.path])
        let id = try setup.newArticle(reporter, "Tin qua ssh", body: "Nội dung.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        try setup.sync(reporter)
        try setup.ok(reporter, ["approve", id], as: Newsroom.editor)
        let before = try setup.tip(room.repo)

        // git clears GIT_CONFIG_* for its ssh child, so the client sets them in the ssh command itself.
        let smuggling = [
            "GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.hooksPath GIT_CONFIG_VALUE_0=/nonexistent",
            "GIT_CONFIG_PARAMETERS=\"'core.hookspath'='/nonexistent'\"",
            "GALLEY_PUSHER=\(Newsroom.editor) GL_USER=\(Newsroom.editor)",
        ]
        for variables in smuggling {
            let ssh = "\(variables) ssh -i '\(file.path)' -p \(server.port) -o BatchMode=yes -o SendEnv='GIT_* GL_USER GALLEY_*'"
                + " -o UserKnownHostsFile='\(room.home.path)/.ssh/known_hosts'"
            var environment = room.environment
            environment["GIT_SSH_COMMAND"] = ssh
            let pushed = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", reporter.path, "push", url, "main"],
                                        in: room.root, environment: environment, scratch: room.scratch)
            #expect(pushed.status != 0, "\(variables): the spoofed approval went through: \(pushed)")
            #expect(pushed.stderr.contains("[pusher-mismatch]"), "\(variables): \(pushed)")
            #expect(pushed.stderr.contains("pushed by \(Newsroom.reporter) (login '\(Newsroom.reporter)', GALLEY_PUSHER)"), "\(pushed)")
            #expect(try setup.tip(room.repo) == before, "\(variables): the central branch moved")
        }
    }

    @Test("gitolite3: GL_USER is the pusher; a spoofed step is refused, a legal one accepted")
    func gitolite() throws {
        let setup = try SyncedNewsroom()
        let room = setup.central
        let gitolite = try GitoliteServer(room: room, people: [Newsroom.admin, Newsroom.reporter, Newsroom.editor])
        let server = try SyncSSHServer(room: room, authorizedKeys: try gitolite.authorizedKeys())
        try server.trustHostKey(in: room)
        let url = "ssh://\(server.user)@127.0.0.1:\(server.port)/newsroom"
        // The admin brings the newsroom's history (init and people steps are theirs) into gitolite's repository.
        let adminKey = try #require(gitolite.keys[Newsroom.admin]).path
        let sshCommand = "ssh -i \(adminKey) -o BatchMode=yes -o UserKnownHostsFile=\(room.home.path)/.ssh/known_hosts"
        let pushed = try room.git(["--git-dir", room.repo.path, "-c", "core.sshCommand=\(sshCommand)", "push", url, "main"])
        #expect(pushed.status == 0, "\(pushed)")
        let installed = try room.galley(["hook", "install", gitolite.repository.path], in: room.root)
        #expect(installed.status == 0, "\(installed)")
        // The fixture compares tips against its central repository: from here on that is gitolite's.
        let central = gitolite.repository
        let reporter = try setup.clone("phongvien.git", url: url, environment: ["GALLEY_SSH_KEY": gitolite.keys[Newsroom.reporter]?.path])
        let editor = try setup.clone("bientap.git", url: url, environment: ["GALLEY_SSH_KEY": gitolite.keys[Newsroom.editor]?.path])

        let id = try setup.newArticle(reporter, "Tin qua gitolite", body: "Nội dung.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        try setup.sync(reporter)
        let before = try setup.tip(central)
        try setup.ok(reporter, ["approve", id], as: Newsroom.editor)
        let refused = try setup.run(reporter, ["sync"])
        #expect(refused.status != 0, "\(refused)")
        #expect(refused.stderr.contains("[pusher-mismatch]"), "\(refused)")
        #expect(refused.stderr.contains("GL_USER"), "\(refused)")
        #expect(try setup.tip(central) == before)
        try setup.sync(editor)
        try setup.ok(editor, ["approve", id], as: Newsroom.editor)
        try setup.sync(editor)
        #expect(try setup.tip(central) != before)
        #expect(try setup.state(editor, id) == "edited")
        withExtendedLifetime(server) {}
    }
}

/// Debian's gitolite3 set up in the fixture's folder (its own HOME), one key a person, and a
/// repository `newsroom` everyone may read and push (no rewinds: `RW`). sshd reaches it through
/// the authorized_keys lines gitolite writes.
final class GitoliteServer {
    let home: URL
    private(set) var keys: [String: URL] = [:]
    var repository: URL { home.appendingPathComponent("repositories/newsroom.git") }
    private let room: Newsroom

    init(room: Newsroom, people: [String]) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/gitolite") else {
            throw FixtureError("no /usr/bin/gitolite: scripts/test installs gitolite3")
        }
        self.room = room
        home = room.root.appendingPathComponent("gitolite")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        // Repositories gitolite creates point HEAD at main, the newsroom's branch (docs/deploy.md).
        try "[init]\n\tdefaultBranch = main\n".write(to: home.appendingPathComponent(".gitconfig"), atomically: true, encoding: .utf8)
        guard let admin = people.first else { throw FixtureError("gitolite needs an admin") }
        for person in people {
            let (file, _) = try SSHPushIdentityTests.key(person, in: room)
            keys[person] = file
        }
        try run(["setup", "-pk", try keyFile(admin).path])
        let keydir = home.appendingPathComponent(".gitolite/keydir")
        for person in people.dropFirst() {
            try FileManager.default.copyItem(at: try keyFile(person), to: keydir.appendingPathComponent("\(person).pub"))
        }
        let conf = home.appendingPathComponent(".gitolite/conf/gitolite.conf")
        let text = try String(contentsOf: conf, encoding: .utf8) + "\nrepo newsroom\n    RW = @all\n"
        try text.write(to: conf, atomically: true, encoding: .utf8)
        try run(["setup"])
    }

    /// gitolite's authorized_keys, each command run with gitolite's HOME (sshd gives the login's own).
    func authorizedKeys() throws -> String {
        let text = try String(contentsOf: home.appendingPathComponent(".ssh/authorized_keys"), encoding: .utf8)
        return text.replacingOccurrences(of: "command=\"/usr/share/gitolite3/gitolite-shell",
                                         with: "command=\"HOME=\(home.path) /usr/share/gitolite3/gitolite-shell")
    }

    private func keyFile(_ person: String) throws -> URL {
        guard let key = keys[person] else { throw FixtureError("no key for \(person)") }
        return key.appendingPathExtension("pub")
    }

    private func run(_ arguments: [String]) throws {
        var environment = room.environment
        environment["HOME"] = home.path
        let result = try runProgram(URL(fileURLWithPath: "/usr/bin/gitolite"), arguments, in: home,
                                    environment: environment, scratch: room.scratch)
        guard result.status == 0 else { throw FixtureError("gitolite \(arguments.joined(separator: " ")): \(result)") }
    }
}
