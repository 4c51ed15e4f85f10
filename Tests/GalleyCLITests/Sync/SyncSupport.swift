import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A central bare newsroom (the fixture's repository) and clones of it made with `galley clone`.
final class SyncedNewsroom {
    static let secondEditor = StaffMember(id: "bientap2", name: "Biên Tập Hai", email: "bt2@example.vn", roles: ["editor"])
    let central: Newsroom
    /// How clones reach the central repository (a path, or a git:// URL).
    var url: String
    /// Variables added for everything galley does on a clone (by clone path): one person's ssh key.
    var environments: [String: [String: String?]] = [:]

    init() throws {
        central = try Newsroom(bare: true, staff: Newsroom.standardStaff + [Self.secondEditor])
        url = central.repo.path
    }

    /// `galley clone URL PATH` into the fixture's folder (from `url`, else the fixture's); returns the clone's path.
    /// `environment` stays with the clone for every later command.
    func clone(_ name: String, workTree: Bool = false, url: String? = nil, environment: [String: String?] = [:]) throws -> URL {
        let path = central.root.appendingPathComponent("clones/\(name)")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        let result = try central.galley(["clone", url ?? self.url, path.path] + (workTree ? ["--work-tree"] : []), in: central.root,
                                        environment: environment)
        guard result.status == 0 else { throw FixtureError("clone \(name): \(result)") }
        environments[path.path] = environment
        return path
    }

    /// galley on a clone.
    func run(_ clone: URL, _ arguments: [String], as person: String? = nil) throws -> RunResult {
        try central.galley(["--repo", clone.path] + (person.map { ["--as", $0] } ?? []) + arguments, in: central.root,
                           environment: environments[clone.path] ?? [:])
    }

    /// galley on a clone, expected to exit 0.
    @discardableResult
    func ok(_ clone: URL, _ arguments: [String], as person: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let result = try run(clone, arguments, as: person)
        #expect(result.status == 0, "\(clone.lastPathComponent): galley \(arguments.joined(separator: " ")): \(result)", sourceLocation: sourceLocation)
        return result
    }

    func sync(_ clone: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try ok(clone, ["sync"], sourceLocation: sourceLocation)
    }

    func tip(_ repository: URL) throws -> String {
        try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", repository.path, "rev-parse", "refs/heads/main"],
                       in: central.root, environment: central.environment, scratch: central.scratch).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The article's body on a clone.
    func body(_ clone: URL, _ id: String) throws -> String {
        let shown = try jsonObject(try ok(clone, ["show", id, "--format", "json"]))
        return string(shown, "body") ?? ""
    }

    func state(_ clone: URL, _ id: String) throws -> String? {
        string(try jsonObject(try ok(clone, ["show", id, "--format", "json"])), "state")
    }

    func newArticle(_ clone: URL, _ title: String, body: String) throws -> String {
        let file = try central.writeScratch("body-\(UUID().uuidString).md", body)
        return try ok(clone, ["new", title, "--body-file", file, "--section", "thoi-su"], as: Newsroom.reporter).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func save(_ clone: URL, _ id: String, body: String, as person: String) throws -> RunResult {
        let file = try central.writeScratch("edit-\(UUID().uuidString).md", body)
        return try run(clone, ["save", id, "--body-file", file], as: person)
    }

    /// Every clone and the central repository at the same tip, and `verify` clean on each.
    func expectConverged(_ clones: [URL], sourceLocation: SourceLocation = #_sourceLocation) throws {
        // Two rounds: a clone synced early in the first round receives what later ones sent.
        for clone in clones + clones { try sync(clone, sourceLocation: sourceLocation) }
        let centralTip = try tip(central.repo)
        for clone in clones {
            #expect(try tip(clone) == centralTip, "\(clone.lastPathComponent) did not converge", sourceLocation: sourceLocation)
            let verify = try run(clone, ["verify"])
            #expect(verify.status == 0, "verify on \(clone.lastPathComponent): \(verify)", sourceLocation: sourceLocation)
        }
        #expect(try central.fsck().status == 0, sourceLocation: sourceLocation)
    }
}

/// `git daemon --enable=receive-pack` serving the fixture's folder on 127.0.0.1 and a free port; killed in deinit.
final class SyncGitDaemon {
    let port: Int
    private let process: RunningProgram

    init(serving base: URL, room: Newsroom) throws {
        port = try Loopback.freePort()
        process = try startProgram(
            // git-daemon itself (not the `git daemon` wrapper), so the process killed is the server.
            URL(fileURLWithPath: "/usr/lib/git-core/git-daemon"),
            ["--reuseaddr", "--export-all", "--enable=receive-pack", "--base-path=\(base.path)",
             "--listen=127.0.0.1", "--port=\(port)", base.path],
            in: base, environment: room.environment, scratch: room.scratch)
        // Ready once it answers.
        for _ in 0..<100 {
            let probe = try room.git(["ls-remote", "git://127.0.0.1:\(port)/\(room.repo.lastPathComponent)"])
            if probe.status == 0 { return }
            usleep(50_000)
        }
        process.send(SIGKILL)
        throw FixtureError("git daemon did not start on port \(port)")
    }

    deinit {
        process.send(SIGKILL)
        _ = try? process.wait()
    }
}
