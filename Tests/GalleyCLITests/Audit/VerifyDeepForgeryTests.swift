import Foundation
import Testing

/// Issue 15: verify keeps what it read (trees of recent commits, parsed documents) from one
/// commit to the next. A forged commit deep in a long chain must be found exactly as a replay
/// that starts cold finds it, and so must everything after it: nothing kept may stand in for
/// what the forged commit really holds.
@Suite("verify finds a forgery deep in a long chain as a cold replay does")
struct AuditVerifyDeepForgeryTests {
    enum Forgery: String, CaseIterable, CustomTestStringConvertible {
        /// The step also writes a file outside articles/.
        case fileOutsideArticles
        /// The step also rewrites another article's index.md, under a folder no step of it touches.
        case otherArticleFile

        var testDescription: String { rawValue }
    }

    /// The 0-based position of the forged commit in a history of `commits` commits.
    static let commits = 1_000
    static let forgedIndex = 500

    @Test("the forged commit and every later verdict are the same warm and cold", arguments: Forgery.allCases)
    func forgedCommitDeepInTheChain(_ forgery: Forgery) throws {
        let room = try AuditGeneratedNewsroom(articles: 100, commits: Self.commits, seed: 11)
        let forgedPath = try room.forge(forgery, atCommit: Self.forgedIndex)
        let chain = try room.gitOut(["rev-list", "--reverse", "main"]).split(separator: "\n").map(String.init)
        try #require(chain.count == Self.commits, "the edited stream gave \(chain.count) commits")
        let forged = chain[Self.forgedIndex]

        let full = try room.verdict(since: nil)
        #expect(full.ok == false)
        #expect(full.commits == Self.commits)
        let atForged = full.violations.filter { $0.commit == forged }
        #expect(
            atForged.contains { $0.rule == "unexplained-change" && $0.message.contains(forgedPath) },
            "no unexplained-change naming \(forgedPath) at the forged commit \(forged): \(full.listing)")
        let earlier = Set(chain[..<Self.forgedIndex])
        #expect(!full.violations.contains { earlier.contains($0.commit) }, "a verdict before the forgery: \(full.listing)")

        // Cold from the forged commit's parent: the same verdicts, in the same order.
        let fromParent = try room.verdict(since: chain[Self.forgedIndex - 1])
        #expect(fromParent.commits == Self.commits - Self.forgedIndex)
        #expect(fromParent.violations == full.violations, "warm:\n\(full.listing)\ncold:\n\(fromParent.listing)")

        // Cold from just after it, while a warm replay still holds the forged commit's trees.
        let resume = Self.forgedIndex + 3
        let afterwards = try room.verdict(since: chain[resume])
        let later = Set(chain[(resume + 1)...])
        #expect(afterwards.violations == full.violations.filter { later.contains($0.commit) },
                "warm:\n\(full.listing)\ncold after the forgery:\n\(afterwards.listing)")
    }
}

extension AuditGeneratedNewsroom {
    /// Rebuilds the repository from the generator's stream with one commit changed by `forgery`;
    /// returns the path the forgery wrote.
    fileprivate func forge(_ forgery: AuditVerifyDeepForgeryTests.Forgery, atCommit index: Int) throws -> String {
        let stream = try generatorStream()
        let parsed = AuditImportStream(stream)
        let target = try #require(parsed.commits.count > index ? parsed.commits[index] : nil, "the stream has no commit \(index)")
        let path: String
        var content: [UInt8]
        switch forgery {
        case .fileOutsideArticles:
            path = "static/forged.txt"
            content = Array("written with plain git\n".utf8)
        case .otherArticleFile:
            // An article already in the tree that this step does not touch; the lowest path, so the test is repeatable.
            let victim = try #require(
                parsed.contents(before: index).keys.filter { $0.hasPrefix("articles/") && !target.paths.contains($0) }.min(),
                "no other article before commit \(index)")
            path = victim
            content = parsed.contents(before: index)[victim] ?? []
            content += Array("\nMột câu thêm vào bằng git, không qua bước nào.\n".utf8)
        }
        var edited = Array(stream[..<target.afterMessage])
        edited += Array("M 100644 inline \(path)\ndata \(content.count)\n".utf8) + content + [0x0A]
        edited += stream[target.afterMessage...]
        try reimport(Data(edited))
        return path
    }

    /// The same stream `AuditTools.generatedHistory` imported.
    private func generatorStream() throws -> [UInt8] {
        let result = try runProgram(
            try AuditTools.historyGenerator(), ["--articles", "100", "--commits", "\(AuditVerifyDeepForgeryTests.commits)", "--seed", "11"],
            in: dir.url, environment: environment, scratch: dir.url)
        try #require(result.status == 0, "galley-history: \(result)")
        return Array(result.stdoutData)
    }

    /// Replaces the repository's history with `stream`.
    private func reimport(_ stream: Data) throws {
        let file = dir.url.appendingPathComponent("forged-stream")
        try stream.write(to: file)
        try FileManager.default.removeItem(at: repo)
        let script = """
            set -e
            git init -q --bare "$1"
            git -C "$1" symbolic-ref HEAD refs/heads/main
            git -C "$1" fast-import --quiet < "$2"
            """
        let result = try runProgram(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script, "sh", repo.path, file.path], in: dir.url, environment: environment,
            scratch: dir.url)
        try #require(result.status == 0, "fast-import of the forged stream: \(result)")
    }

    /// `galley verify --format json [--since REV]`, parsed.
    fileprivate func verdict(since revision: String?) throws -> (ok: Bool?, commits: Int?, violations: [AuditVerdict.Item], listing: String) {
        var arguments = ["verify", "--format", "json"]
        if let revision { arguments += ["--since", revision] }
        let result = try galley(arguments)
        let object = try jsonObject(result)
        let items = (object["violations"] as? [[String: Any]] ?? []).map { violation in
            AuditVerdict.Item(
                commit: string(violation, "commit") ?? "", article: string(violation, "article"),
                rule: string(violation, "rule") ?? "", message: string(violation, "message") ?? "")
        }
        return (object["ok"] as? Bool, (object["commits"] as? NSNumber)?.intValue, items,
                items.map(\.description).joined(separator: "\n"))
    }
}

/// The commits of a `git fast-import` stream as `galley-history` writes it: where each one's
/// message ends (file commands may follow there) and the files it writes inline.
struct AuditImportStream {
    struct Commit {
        var afterMessage = 0
        var paths: [String] = []
        var files: [(path: String, content: ArraySlice<UInt8>)] = []
    }

    private(set) var commits: [Commit] = []

    init(_ bytes: [UInt8]) {
        var index = 0
        var pendingPath: String?
        var messagePending = false
        while index < bytes.count, let end = bytes[index...].firstIndex(of: 0x0A) {
            let line = String(decoding: bytes[index..<end], as: UTF8.self)
            index = end + 1
            if line.hasPrefix("commit ") {
                commits.append(Commit())
                messagePending = true
            } else if line.hasPrefix("M 100644 inline "), !commits.isEmpty {
                let path = String(line.dropFirst("M 100644 inline ".count))
                commits[commits.count - 1].paths.append(path)
                pendingPath = path
            } else if line.hasPrefix("data "), let count = Int(line.dropFirst("data ".count)) {
                let body = bytes[index..<min(bytes.count, index + count)]
                index += count
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                if let path = pendingPath, !commits.isEmpty {
                    commits[commits.count - 1].files.append((path, body))
                    pendingPath = nil
                } else if messagePending, !commits.isEmpty {
                    commits[commits.count - 1].afterMessage = index
                    messagePending = false
                }
            }
        }
    }

    /// Every file's content as the commits before `index` left it.
    func contents(before index: Int) -> [String: [UInt8]] {
        var contents: [String: [UInt8]] = [:]
        for commit in commits.prefix(index) {
            for file in commit.files { contents[file.path] = Array(file.content) }
        }
        return contents
    }
}
