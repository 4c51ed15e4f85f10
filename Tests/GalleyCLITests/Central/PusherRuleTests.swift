import Foundation
import Testing

/// The pusher rule on its own, with `git daemon` standing in for a server that names the
/// pusher (its environment is the hook's): every variable a server uses, logins that are
/// not ids, a pusher nobody knows, and signed steps, which anyone may push.
@Suite("Central: the hook holds unsigned steps to the pusher the server names")
struct PusherRuleTests {
    /// A bare central copy of `room` with the hook, and a daemon per pusher environment.
    final class Central {
        let path: URL
        private let room: Newsroom
        private var daemons: [GitDaemon] = []

        init(_ room: Newsroom) throws {
            self.room = room
            let served = room.root.appendingPathComponent("srv")
            path = served.appendingPathComponent("central.git")
            _ = try room.gitOut(["clone", "-q", "--bare", room.repo.path, path.path])
            let installed = try room.galley(["hook", "install", path.path])
            guard installed.status == 0 else { throw FixtureError("hook install: \(installed)") }
        }

        /// A git:// URL whose hook runs with `pusher` (variable → login) in its environment.
        func url(naming pusher: [String: String]) throws -> String {
            var environment = room.environment
            for (key, value) in pusher { environment[key] = value }
            let daemon = try GitDaemon(basePath: path.deletingLastPathComponent(), environment: environment,
                                       log: room.scratch.appendingPathComponent("daemon-\(daemons.count).log"))
            daemons.append(daemon)
            return daemon.url("central.git")
        }

        func tip() throws -> String { try room.gitOut(["--git-dir", path.path, "rev-parse", "main"]) }

        deinit { for daemon in daemons { daemon.stop() } }
    }

    @Test("each server's variable names the pusher", arguments: ["GALLEY_PUSHER", "GL_USER", "GITEA_PUSHER_NAME", "GL_USERNAME", "REMOTE_USER"])
    func everyVariable(_ variable: String) throws {
        let room = try Newsroom()
        let central = try Central(room)
        let url = try central.url(naming: [variable: Newsroom.reporter])
        let id = try room.newArticle("Tin của phóng viên")
        try room.ok(["submit", id], as: Newsroom.reporter)
        let own = try room.git(["push", url, "main"])
        #expect(own.status == 0, "the reporter's own steps were refused: \(own)")
        #expect(try central.tip() == (try room.head()))

        try room.ok(["approve", id], as: Newsroom.editor)
        let before = try central.tip()
        let spoofed = try room.git(["push", url, "main"])
        #expect(spoofed.status != 0, "\(spoofed)")
        #expect(spoofed.stderr.contains("[pusher-mismatch]"), "\(spoofed)")
        #expect(spoofed.stderr.contains("pushed by \(Newsroom.reporter) (login '\(Newsroom.reporter)', \(variable))"), "\(spoofed)")
        #expect(spoofed.stderr.contains("approve step names \(Newsroom.editor)"), "\(spoofed)")
        #expect(try central.tip() == before)
    }

    @Test("a login other than the id, a login nobody has, and a signed step pushed by someone else")
    func loginsAndSignatures() throws {
        let newsroom = try SigningNewsroom(required: false)
        let room = newsroom.room
        try newsroom.galley(["people", "login", Newsroom.editor, "ngoc.ha"], as: Newsroom.admin, expectOK: true)
        let central = try Central(room)
        let asEditor = try central.url(naming: ["REMOTE_USER": "ngoc.ha"])
        let asStranger = try central.url(naming: ["REMOTE_USER": "stranger"])
        let asEditorsID = try central.url(naming: ["REMOTE_USER": Newsroom.editor])

        // The reporter's signed steps, pushed by the editor: a signature proves its actor.
        let id = try newsroom.newArticle("Bài có chữ ký")
        try newsroom.galley(["submit", id], as: Newsroom.reporter, expectOK: true)
        let signed = try room.git(["push", asEditor, "main"])
        #expect(signed.status == 0, "signed steps pushed by another person were refused: \(signed)")

        // The editor's unsigned approval: not by a stranger, not by the id the login replaced; by the login.
        try newsroom.galley(["approve", id], as: Newsroom.editor, key: "", expectOK: true)
        let before = try central.tip()
        let stranger = try room.git(["push", asStranger, "main"])
        #expect(stranger.status != 0)
        #expect(stranger.stderr.contains("pushed by 'stranger' (REMOTE_USER), whom people.yaml in force does not list as a login"), "\(stranger)")
        let oldName = try room.git(["push", asEditorsID, "main"])
        #expect(oldName.status != 0, "the id still stood for the editor after their login changed: \(oldName)")
        #expect(try central.tip() == before)
        let own = try room.git(["push", asEditor, "main"])
        #expect(own.status == 0, "\(own)")
        #expect(try central.tip() == (try room.head()))
    }

    @Test("two variables naming two people: a client set one of them, and no unsigned step is accepted")
    func contradictingPushers() throws {
        let room = try Newsroom()
        let central = try Central(room)
        let id = try room.newArticle("Tin hai người đẩy")
        try room.ok(["submit", id], as: Newsroom.reporter)
        let before = try central.tip()
        let contradicting = try central.url(naming: ["GALLEY_PUSHER": Newsroom.reporter, "GL_USER": Newsroom.editor])
        let refused = try room.git(["push", contradicting, "main"])
        #expect(refused.status != 0, "\(refused)")
        #expect(refused.stderr.contains("the server names two pushers"), "\(refused)")
        #expect(refused.stderr.contains("GL_USER=\(Newsroom.editor)"), "\(refused)")
        #expect(try central.tip() == before)
        let agreeing = try central.url(naming: ["GL_USER": Newsroom.reporter, "REMOTE_USER": Newsroom.reporter])
        let accepted = try room.git(["push", agreeing, "main"])
        #expect(accepted.status == 0, "\(accepted)")
    }

    @Test("one login, one person: people.yaml refuses a login that stands for two")
    func loginsAreUnique() throws {
        let room = try Newsroom()
        let taken = try room.galley(["people", "login", Newsroom.editor, Newsroom.reporter], as: Newsroom.admin)
        #expect(taken.status == 3, "\(taken)")
        #expect(taken.stderr.contains("already stands for '\(Newsroom.reporter)'"), "\(taken)")
        let spaced = try room.galley(["people", "login", Newsroom.editor, "ngoc ha"], as: Newsroom.admin)
        #expect(spaced.status == 3, "\(spaced)")
        try room.ok(["people", "login", Newsroom.editor, "ngoc.ha"], as: Newsroom.admin)
        #expect(try room.committedFile("people.yaml").contains("login: \"ngoc.ha\""))
        // Nor another person's id, even one whose own login is something else: `ssh-entry --person hangoc` would mean two.
        let othersID = try room.galley(["people", "login", Newsroom.reporter, Newsroom.editor], as: Newsroom.admin)
        #expect(othersID.status == 3, "\(othersID)")
        #expect(othersID.stderr.contains("already stands for '\(Newsroom.editor)'"), "\(othersID)")
        let idOfALogin = try room.galley(["people", "add", "ngoc.ha", "--name", "Ngọc Hà", "--email", "ngocha@example.vn", "--role", "reporter"],
                                         as: Newsroom.admin)
        #expect(idOfALogin.status == 3, "a new id equal to someone's login: \(idOfALogin)")
        #expect(idOfALogin.stderr.contains("already stands for '\(Newsroom.editor)'"), "\(idOfALogin)")
        try room.ok(["people", "login", Newsroom.editor, "--clear"], as: Newsroom.admin)
        #expect(!(try room.committedFile("people.yaml")).contains("login:"))
        let byReporter = try room.galley(["people", "login", Newsroom.reporter, "phu"], as: Newsroom.reporter)
        #expect(byReporter.status == 3, "only admins change people: \(byReporter)")
        try room.ok(["verify"])
    }
}
