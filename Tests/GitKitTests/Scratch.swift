import Foundation
import GitKit
import TestSupport

/// A temporary folder with its own HOME (and .gitconfig), removed when released, plus a `git` CLI runner
/// isolated from the machine's configuration. The git CLI is the reference GitKit is checked against.
final class Scratch {
    let root: URL
    let home: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gitkit-\(UUID().uuidString)")
        home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try """
        [user]
        \tname = Test Person
        \temail = test@example.com
        [init]
        \tdefaultBranch = main
        """.write(to: home.appendingPathComponent(".gitconfig"), atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// A path inside the scratch folder (not created).
    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    struct CommandFailed: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `git args` in `directory`; throws when git exits non-zero. Returns stdout as bytes.
    @discardableResult
    func gitData(_ args: [String], in directory: String, allowFailure: Bool = false) throws -> (status: Int32, output: Data) {
        var environment: [String: String] = [:]
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        environment["HOME"] = home.path
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["LANG"] = "C.UTF-8"
        let result = try runTool("git", args, in: URL(fileURLWithPath: directory), environment: environment)
        if result.status != 0 && !allowFailure {
            throw CommandFailed(description: "git \(args.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return (result.status, result.stdoutData)
    }

    /// Runs git and returns stdout as text with the trailing newline removed.
    @discardableResult
    func git(_ args: String..., in directory: String) throws -> String {
        var text = String(decoding: try gitData(args, in: directory).output, as: UTF8.self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// A non-bare repository made by the git CLI with `count` commits on main, each adding `file<N>.md`.
    func cliRepository(_ name: String = "work", commits count: Int) throws -> String {
        let directory = path(name)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main", in: directory)
        for index in 1...max(count, 1) where count > 0 {
            try "content \(index)\n".write(toFile: directory + "/file\(index).md", atomically: true, encoding: .utf8)
            try git("add", ".", in: directory)
            try git("commit", "-q", "-m", "commit \(index)", in: directory)
        }
        return directory
    }
}

extension ObjectID {
    /// Test convenience: an id the test knows is valid.
    static func require(_ hex: String) throws -> ObjectID {
        guard let id = ObjectID(hex: hex) else { throw Scratch.CommandFailed(description: "bad id \(hex)") }
        return id
    }
}

let fixedSignature = Signature(name: "Galley Tester", email: "tester@example.com",
                               time: Date(timeIntervalSince1970: 1_700_000_000), offsetMinutes: 0)

extension Repository {
    /// Writes files (path → text) on top of `parent` as one commit and moves `branch` to it (CAS).
    @discardableResult
    func commitFiles(_ files: [String: String?], on branch: String = "refs/heads/main",
                     message: String = "test commit\n") throws -> ObjectID {
        let parent = try referenceTarget(branch)
        var changes: [TreeChange] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            if let text {
                changes.append(.upsert(path: path, blob: try writeBlob(Data(text.utf8))))
            } else {
                changes.append(.remove(path: path))
            }
        }
        let base = try parent.map { try commit($0).tree }
        let tree = try updatedTree(from: base, applying: changes)
        let id = try createCommit(tree: tree, parents: parent.map { [$0] } ?? [], author: fixedSignature,
                                  committer: fixedSignature, message: message)
        try updateReference(branch, to: id, expecting: parent, logMessage: "test")
        return id
    }
}
