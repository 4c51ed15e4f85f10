import Foundation
import Testing

/// A newsroom in the middle of its day, for the attack table: a published
/// article, an approved one, a submitted one and a draft, all made by Galley;
/// a bare central repository with the pre-receive hook, served by `git daemon`.
/// Attacks are commits made with plain git in the work tree (signed, in the
/// signed variant, with the attacker's own registered key).
final class AttackScene {
    let room: Newsroom
    let signed: Bool
    /// Private key per person id (signed variant only).
    let keys: [String: String]
    let published: String
    let approved: String
    let submitted: String
    let draft: String
    let central: URL
    private let daemon: GitDaemon

    static let reporter = Newsroom.reporter
    static let editor = Newsroom.editor
    static let chief = Newsroom.chief
    static let admin = Newsroom.admin
    static let secondReporter = StaffMember(id: "phongvien2", name: "Phóng Viên Hai", email: "pv2@example.vn", roles: ["reporter"])
    static let body = "Thái Bình — đoạn mở đầu của bài.\n\nĐoạn thứ hai, có số liệu.\n"

    init(signed: Bool) throws {
        self.signed = signed
        let room = try Newsroom()
        self.room = room
        try room.addPerson(Self.secondReporter)
        var keys: [String: String] = [:]
        if signed {
            for person in [Self.admin, Self.reporter, Self.editor, Self.chief, Self.secondReporter.id] {
                let path = try Self.makeKey(person, in: room)
                try room.ok(["people", "key", "add", person, path + ".pub"], as: Self.admin)
                keys[person] = path
            }
        }
        self.keys = keys
        func galleyStep(_ arguments: [String], as person: String) throws -> RunResult {
            try room.galley(arguments, as: person, environment: ["GALLEY_SIGNING_KEY": keys[person]])
        }
        if signed {
            let on = try galleyStep(["config", "set", "signing", "required"], as: Self.admin)
            guard on.status == 0 else { throw FixtureError("config set signing: \(on)") }
        }
        var ids: [String] = []
        for (title, steps) in [
            ("Bài đã đăng", [("submit", Self.reporter), ("approve", Self.editor), ("approve", Self.chief), ("publish", Self.chief)]),
            ("Bài đã duyệt", [("submit", Self.reporter), ("approve", Self.editor), ("approve", Self.chief)]),
            ("Bài chờ biên tập", [("submit", Self.reporter)]),
            ("Bản nháp", []),
        ] {
            let file = try room.writeScratch("body-\(UUID().uuidString).md", Self.body)
            let made = try galleyStep(["new", title, "--body-file", file, "--section", "thoi-su", "--tag", "Thái Bình"], as: Self.reporter)
            guard made.status == 0 else { throw FixtureError("new \(title): \(made)") }
            let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            for (command, person) in steps {
                let done = try galleyStep([command, id], as: person)
                guard done.status == 0 else { throw FixtureError("\(command) \(id): \(done)") }
            }
            ids.append(id)
        }
        (published, approved, submitted, draft) = (ids[0], ids[1], ids[2], ids[3])

        let served = room.root.appendingPathComponent("srv")
        central = served.appendingPathComponent("central.git")
        _ = try room.gitOut(["clone", "-q", "--bare", room.repo.path, central.path])
        let installed = try room.galley(["hook", "install", central.path])
        guard installed.status == 0 else { throw FixtureError("hook install: \(installed)") }
        daemon = try GitDaemon(basePath: served, environment: room.environment, log: room.scratch.appendingPathComponent("daemon.log"))
        _ = try room.gitOut(["remote", "add", "central", daemon.url("central.git")])
    }

    deinit { daemon.stop() }

    static func makeKey(_ name: String, in room: Newsroom) throws -> String { try makeSigningKey(name, in: room) }

    // MARK: - Galley and git in the work tree

    /// A Galley step as `person`, signed with their key in the signed variant.
    @discardableResult
    func galley(_ arguments: [String], as person: String) throws -> RunResult {
        let result = try room.galley(arguments, as: person, environment: ["GALLEY_SIGNING_KEY": keys[person]])
        guard result.status == 0 else { throw FixtureError("galley \(arguments.joined(separator: " ")) as \(person): \(result)") }
        return result
    }

    /// Takes a real Galley step, then takes its commit back, leaving its files staged:
    /// returns its message and author date, for an attacker to recommit a tampered copy.
    func staged(_ arguments: [String], as person: String) throws -> (message: String, date: String) {
        try galley(arguments, as: person)
        let message = try room.gitOut(["log", "-1", "--format=%B"]) + "\n"
        let date = try room.gitOut(["log", "-1", "--format=%aI"])
        _ = try room.gitOut(["reset", "-q", "--soft", "HEAD^"])
        return (message, date)
    }

    func path(_ id: String) throws -> String { try room.articlePath(id) }

    func read(_ path: String) throws -> String { try String(contentsOf: room.workTreeURL(path), encoding: .utf8) }

    func write(_ path: String, _ text: String) throws {
        let url = room.workTreeURL(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Rewrites a work-tree file; throws when the edit changed nothing (the attack would prove nothing).
    func rewrite(_ path: String, _ transform: (String) -> String) throws {
        let old = try read(path)
        let new = transform(old)
        guard new != old else { throw FixtureError("the edit of \(path) changed nothing") }
        try write(path, new)
    }

    func git(_ arguments: [String]) throws {
        let result = try room.git(arguments)
        guard result.status == 0 else { throw FixtureError("git \(arguments.joined(separator: " ")): \(result)") }
    }

    /// Commits everything in the work tree with plain git, as `name <email>`, with `message`
    /// verbatim; signed with `key` when given. Returns the new commit id.
    @discardableResult
    func commit(
        _ message: String, name: String, email: String, key: String?, date: String? = nil, allowEmpty: Bool = false, stage: Bool = true
    ) throws -> String {
        if stage { try git(["add", "-A"]) }
        let file = try room.writeScratch("msg-\(UUID().uuidString)", message)
        var arguments = ["-c", "user.name=\(name)", "-c", "user.email=\(email)"]
        if let key { arguments += ["-c", "gpg.format=ssh", "-c", "user.signingkey=\(key)"] }
        arguments += ["commit", "-q", "--cleanup=verbatim", "-F", file]
        if key != nil { arguments.append("-S") }
        if let date { arguments += ["--date", date] }
        if allowEmpty { arguments.append("--allow-empty") }
        try git(arguments)
        return try room.head()
    }

    /// Commits as a staff member, signed with their own key in the signed variant.
    @discardableResult
    func commit(_ message: String, as person: String, date: String? = nil, allowEmpty: Bool = false, stage: Bool = true) throws -> String {
        guard let member = room.member(person) else { throw FixtureError("no staff member \(person)") }
        return try commit(message, name: member.name, email: member.email, key: keys[person], date: date, allowEmpty: allowEmpty, stage: stage)
    }

    /// Commits as someone people.yaml does not list (signed with a key nobody registered, in the signed variant).
    @discardableResult
    func commitAsStranger(_ message: String) throws -> String {
        let key = signed ? try Self.makeKey("stranger", in: room) : nil
        return try commit(message, name: "Kẻ Lạ", email: "stranger@example.net", key: key)
    }

    /// A real create by the reporter, recommitted by hand so that it claims the id `taken`,
    /// in another day's folder (2001/02/03): a create of an id that exists already.
    func forgeCreate(reusing taken: String) throws {
        let step = try staged(["new", "Một bài khác", "--body-file", try room.writeScratch("b.md", "Khác.\n")], as: Self.reporter)
        let made = try room.gitOut(["diff", "--cached", "--name-only"])
        let newID = String(made.split(separator: "/")[4])
        let text = try read(made).replacingOccurrences(of: "id: \(newID)", with: "id: \(taken)")
        try git(["rm", "-q", "-f", made])
        try write("articles/2001/02/03/\(taken)/index.md", text)
        try commit(step.message.replacingOccurrences(of: "Galley-Article: \(newID)", with: "Galley-Article: \(taken)"),
                   as: Self.reporter, date: step.date)
    }

    /// Pushes main to the central repository with plain git.
    func push() throws -> RunResult { try room.git(["push", "central", "main"]) }

    func centralTip() throws -> String { try room.gitOut(["--git-dir", central.path, "rev-parse", "main"]) }
}

/// A hand-written Galley message (design §5).
func attackMessage(
    _ transition: String, article: String?, from: String?, to: String?, actor: String, role: String, note: String? = nil
) -> String {
    auditGalleyMessage(
        subject: "\(transition): \(article ?? "newsroom")", note: note, article: article, transition: transition, from: from, to: to,
        actor: actor, role: role)
}
