import Foundation
import Testing

/// A person the fixture adds after `init` (by the admin `quantri`).
struct StaffMember: Sendable {
    var id: String
    var name: String
    var email: String
    var roles: [String]
}

/// A throw-away newsroom repository in its own temporary folder, with a private
/// HOME (its .gitconfig names nobody on the staff), GIT_CONFIG_NOSYSTEM=1 and no
/// GALLEY_USER. Removed when the value goes away.
final class Newsroom {
    static let admin = "quantri"
    static let reporter = "thanhphu"
    static let editor = "hangoc"
    static let chief = "tbt"

    static let standardStaff: [StaffMember] = [
        StaffMember(id: reporter, name: "Thanh Phú", email: "phu@example.vn", roles: ["reporter"]),
        StaffMember(id: editor, name: "Hà Ngọc", email: "ngoc@example.vn", roles: ["editor"]),
        StaffMember(id: chief, name: "Tổng Biên Tập", email: "tbt@example.vn", roles: ["chief"]),
    ]

    /// The temporary folder holding everything below.
    let root: URL
    let home: URL
    /// Body files, editor scripts, captured output.
    let scratch: URL
    /// The repository: the work tree, or the git dir when bare.
    let repo: URL
    let bare: Bool
    let galleyURL: URL
    var environment: [String: String]
    /// Everyone on the staff, the admin included.
    private(set) var staff: [StaffMember]

    /// A folder that exists but is no part of any repository.
    var elsewhere: URL { scratch }

    var gitDir: URL { bare ? repo : repo.appendingPathComponent(".git") }

    /// A newsroom after `galley init` and `people add` for `staff`. Built once per
    /// (bare, staff, init arguments) and copied, so each test starts from a fresh
    /// copy without paying for those launches again.
    convenience init(bare: Bool = false, staff initialStaff: [StaffMember] = Newsroom.standardStaff, initArguments: [String] = []) throws {
        let template = try NewsroomTemplates.shared.template(bare: bare, staff: initialStaff, initArguments: initArguments)
        try self.init(emptyBare: bare)
        try FileManager.default.copyItem(at: template.repo, to: repo)
        staff = template.staff
        if !bare {
            // the copy has new inodes and times: let git's index catch up, as after a clone
            let refreshed = try git(["update-index", "-q", "--refresh"])
            guard refreshed.status == 0 else { throw FixtureError("git update-index --refresh: \(refreshed)") }
        }
    }

    /// Runs `galley init` and `people add` for real (the templates).
    fileprivate convenience init(building bare: Bool, staff initialStaff: [StaffMember], initArguments: [String], in parent: URL) throws {
        try self.init(emptyBare: bare, parent: parent)
        var arguments = ["init", repo.lastPathComponent, "--admin", Newsroom.admin,
                         "--admin-name", "Nguyễn Quản Trị", "--admin-email", "quantri@example.vn",
                         "--name", "Báo Mẫu"]
        if bare { arguments.append("--bare") }
        arguments += initArguments
        let created = try runProgram(galleyURL, arguments, in: root, environment: environment, scratch: scratch)
        guard created.status == 0 else {
            throw FixtureError("galley init failed: \(created)")
        }
        for person in initialStaff {
            try addPerson(person)
        }
    }

    /// The folders and environment of a newsroom whose `galley init` the test runs itself:
    /// nothing exists at `repo` yet (run init from `root`, e.g. `galley(["init", "news", …], in: root)`).
    static func uninitialized(bare: Bool = false) throws -> Newsroom { try Newsroom(emptyBare: bare) }

    /// The folders and environment, no repository yet.
    private init(emptyBare bare: Bool, parent: URL = FileManager.default.temporaryDirectory) throws {
        galleyURL = try GalleyBinary.url()
        let fm = FileManager.default
        root = parent.appendingPathComponent("galley-cli-\(UUID().uuidString)")
        home = root.appendingPathComponent("home")
        scratch = root.appendingPathComponent("scratch")
        self.bare = bare
        repo = root.appendingPathComponent(bare ? "news.git" : "news")
        try fm.createDirectory(at: home, withIntermediateDirectories: true)
        try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        try """
            [user]
            \tname = Nobody In Particular
            \temail = nobody@outside.invalid
            [init]
            \tdefaultBranch = main
            """.write(to: home.appendingPathComponent(".gitconfig"), atomically: true, encoding: .utf8)

        var env = ProcessInfo.processInfo.environment
        for key in env.keys where key.hasPrefix("GIT_") || key.hasPrefix("GALLEY_") {
            env[key] = nil
        }
        env["EDITOR"] = nil
        env["VISUAL"] = nil
        env["HOME"] = home.path
        env["XDG_CONFIG_HOME"] = home.appendingPathComponent(".config").path
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        // Messages in English unless a test chooses (tests assert on facts; the language tests set their own).
        env["GALLEY_LANG"] = "en"
        environment = env
        staff = [StaffMember(id: Newsroom.admin, name: "Nguyễn Quản Trị", email: "quantri@example.vn", roles: ["admin"])]
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Adds a person through `galley people add`, acting as the admin.
    func addPerson(_ person: StaffMember) throws {
        var arguments = ["people", "add", person.id, "--name", person.name, "--email", person.email]
        for role in person.roles { arguments += ["--role", role] }
        let added = try galley(arguments, as: Newsroom.admin)
        guard added.status == 0 else { throw FixtureError("people add \(person.id) failed: \(added)") }
        staff.append(person)
    }

    func member(_ id: String) -> StaffMember? { staff.first { $0.id == id } }

    // MARK: Running

    /// Runs galley with `[--as PERSON]` before the arguments, from `directory`
    /// (default: the repository itself, where galley finds it like git does).
    func galley(
        _ arguments: [String],
        as person: String? = nil,
        in directory: URL? = nil,
        environment extra: [String: String?] = [:]
    ) throws -> RunResult {
        var env = environment
        for (key, value) in extra { env[key] = value }
        let prefix = person.map { ["--as", $0] } ?? []
        return try runProgram(galleyURL, prefix + arguments, in: directory ?? repo, environment: env, scratch: scratch)
    }

    /// Starts galley without waiting (for races); same arguments as `galley`.
    func start(_ arguments: [String], as person: String? = nil) throws -> RunningProgram {
        let prefix = person.map { ["--as", $0] } ?? []
        return try startProgram(galleyURL, prefix + arguments, in: repo, environment: environment, scratch: scratch)
    }

    /// Runs galley and records an issue unless it exits 0.
    @discardableResult
    func ok(
        _ arguments: [String],
        as person: String? = nil,
        in directory: URL? = nil,
        environment extra: [String: String?] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RunResult {
        let result = try galley(arguments, as: person, in: directory, environment: extra)
        #expect(result.status == 0, "galley \(arguments.joined(separator: " ")): \(result)", sourceLocation: sourceLocation)
        return result
    }

    /// Runs the real git in the repository.
    func git(_ arguments: [String]) throws -> RunResult {
        try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", repo.path] + arguments,
                       in: root, environment: environment, scratch: scratch)
    }

    /// git's trimmed stdout; records an issue when git fails.
    func gitOut(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try git(arguments)
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result)", sourceLocation: sourceLocation)
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func head() throws -> String { try gitOut(["rev-parse", "HEAD"]) }

    // MARK: Articles

    /// Writes a file into the scratch folder and returns its path.
    @discardableResult
    func writeScratch(_ name: String, _ contents: String) throws -> String {
        try writeScratch(name, Data(contents.utf8))
    }

    @discardableResult
    func writeScratch(_ name: String, _ contents: Data) throws -> String {
        let url = scratch.appendingPathComponent(name)
        try contents.write(to: url)
        return url.path
    }

    /// Creates an article with `new` and returns its id.
    func newArticle(
        _ title: String,
        as person: String = Newsroom.reporter,
        body: String = "Nội dung bài viết.\n",
        section: String? = "thoi-su",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let bodyFile = try writeScratch("body-\(UUID().uuidString).md", body)
        var arguments = ["new", title, "--body-file", bodyFile]
        if let section { arguments += ["--section", section] }
        let result = try galley(arguments, as: person)
        guard result.status == 0 else {
            Issue.record("new \(title): \(result)", sourceLocation: sourceLocation)
            throw FixtureError("new failed")
        }
        let id = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!id.isEmpty && !id.contains("\n"), "new printed \(result.stdout)", sourceLocation: sourceLocation)
        return id
    }

    /// Takes a list of steps `(command, person)` on an article, each expected to succeed.
    func steps(_ id: String, _ steps: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (command, person) in steps {
            var arguments = [command, id]
            if ["reject", "retract", "spike"].contains(command) { arguments += ["-m", "Lý do \(command)"] }
            let result = try galley(arguments, as: person)
            guard result.status == 0 else {
                Issue.record("\(command) \(id) as \(person): \(result)", sourceLocation: sourceLocation)
                throw FixtureError("step failed")
            }
        }
    }

    /// `galley show ID --format json`.
    func show(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = try galley(["show", id, "--format", "json"])
        #expect(result.status == 0, "show \(id): \(result)", sourceLocation: sourceLocation)
        return try jsonObject(result, sourceLocation: sourceLocation)
    }

    func state(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        string(try show(id, sourceLocation: sourceLocation), "state")
    }

    /// The repository-relative path of the article's index.md, from `show`.
    func articlePath(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(string(try show(id, sourceLocation: sourceLocation), "path"), sourceLocation: sourceLocation)
    }

    /// The committed bytes of a repository file at HEAD.
    func committedFile(_ path: String) throws -> String {
        let result = try git(["show", "HEAD:\(path)"])
        guard result.status == 0 else { throw FixtureError("git show HEAD:\(path): \(result)") }
        return result.stdout
    }

    /// The work-tree file (not bare repositories).
    func workTreeURL(_ path: String) -> URL { repo.appendingPathComponent(path) }

    /// The `Key: value` trailers of a commit, in order.
    func trailers(_ revision: String = "HEAD") throws -> [String] {
        let out = try gitOut(["log", "-1", "--format=%(trailers:only,unfold)", revision])
        return out.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    // MARK: Snapshots

    /// Everything a refused command must leave alone.
    func snapshot() throws -> RepoSnapshot {
        // `show-ref --head` lists HEAD and every ref with its object in one call
        let refs = try gitOut(["show-ref", "--head"])
        let head = refs.split(separator: "\n").first { $0.hasSuffix(" HEAD") }.map { String($0.prefix { $0 != " " }) } ?? ""
        let symbolic = (try? String(contentsOf: gitDir.appendingPathComponent("HEAD"), encoding: .utf8)) ?? ""
        var index: Data? = nil
        var files: [String: Data] = [:]
        if !bare {
            index = FileManager.default.contents(atPath: gitDir.appendingPathComponent("index").path)
            files = try Self.listFiles(in: repo, skippingGitDir: true)
        }
        return RepoSnapshot(head: head, symbolicHead: symbolic, refs: refs, index: index, workTree: files)
    }

    static func listFiles(in directory: URL, skippingGitDir: Bool) throws -> [String: Data] {
        let fm = FileManager.default
        var files: [String: Data] = [:]
        let base = directory.resolvingSymlinksInPath().path
        guard let enumerator = fm.enumerator(atPath: base) else { return files }
        while let relative = enumerator.nextObject() as? String {
            if skippingGitDir && (relative == ".git" || relative.hasPrefix(".git/")) {
                enumerator.skipDescendants()
                continue
            }
            let full = base + "/" + relative
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
                files[relative + "/"] = Data()
            } else {
                files[relative] = fm.contents(atPath: full) ?? Data()
            }
        }
        return files
    }
}

struct RepoSnapshot: Equatable {
    var head: String
    var symbolicHead: String
    var refs: String
    /// .git/index bytes (work-tree repositories).
    var index: Data?
    /// Every work-tree path (directories end in "/") with its bytes.
    var workTree: [String: Data]

    /// What differs, for a readable failure.
    func differences(from other: RepoSnapshot) -> [String] {
        var out: [String] = []
        if head != other.head { out.append("HEAD \(head) → \(other.head)") }
        if symbolicHead != other.symbolicHead { out.append("HEAD ref \(symbolicHead) → \(other.symbolicHead)") }
        if refs != other.refs { out.append("refs:\n\(refs)\n→\n\(other.refs)") }
        if index != other.index { out.append("index bytes differ (\(index?.count ?? -1) → \(other.index?.count ?? -1))") }
        for key in Set(workTree.keys).union(other.workTree.keys).sorted() where workTree[key] != other.workTree[key] {
            out.append("work tree \(key): \(workTree[key] == nil ? "absent" : "present") → \(other.workTree[key] == nil ? "absent" : "changed/present")")
        }
        return out
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Asserts that `after` equals `before`, listing what changed.
func expectUnchanged(
    _ before: RepoSnapshot, _ after: RepoSnapshot, _ context: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(before == after, "\(context): changed: \(before.differences(from: after).joined(separator: "; "))",
            sourceLocation: sourceLocation)
}

/// Newsrooms built once per configuration, copied by each test (see `Newsroom.init`).
final class NewsroomTemplates: @unchecked Sendable {
    static let shared = NewsroomTemplates()
    static let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("galley-cli-templates-\(ProcessInfo.processInfo.processIdentifier)")

    private let lock = NSLock()
    private var built: [String: Newsroom] = [:]

    private init() {
        atexit {
            try? FileManager.default.removeItem(at: NewsroomTemplates.folder)
        }
    }

    func template(bare: Bool, staff: [StaffMember], initArguments: [String]) throws -> Newsroom {
        let key = ([bare ? "bare" : "work"] + staff.map { "\($0.id):\($0.roles.joined(separator: "+"))" } + ["|"] + initArguments)
            .joined(separator: "\u{1F}")
        lock.lock()
        defer { lock.unlock() }
        if let room = built[key] { return room }
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        let room = try Newsroom(building: bare, staff: staff, initArguments: initArguments, in: Self.folder)
        built[key] = room
        return room
    }
}
