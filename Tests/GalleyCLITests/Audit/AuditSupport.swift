import Foundation
import Testing

// Helpers for the issue-3 audit tests (log, diff, verify, workflow check).
// Everything here is prefixed `audit…`/`Audit…` so it cannot clash with
// helpers other suites add to the same test module.

/// One verdict of `galley verify --format json`.
struct AuditVerdict {
    struct Item: Equatable, CustomStringConvertible {
        var commit: String
        var article: String?
        var rule: String
        var message: String
        var description: String { "\(commit.prefix(9)) \(article ?? "-") [\(rule)] \(message)" }
    }

    var result: RunResult
    var ok: Bool?
    var commits: Int?
    var violations: [Item]

    var status: Int32 { result.status }
    var rules: Set<String> { Set(violations.map(\.rule)) }
    var listing: String { violations.map(\.description).joined(separator: "\n") }
}

extension Newsroom {
    /// `galley [--repo R] verify --format json [--since REV]`, parsed.
    func auditVerify(since: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> AuditVerdict {
        var arguments = ["verify", "--format", "json"]
        if let since { arguments += ["--since", since] }
        let result = try galley(arguments)
        let object = try jsonObject(result, sourceLocation: sourceLocation)
        for key in ["ok", "commits", "violations"] {
            #expect(object[key] != nil, "verify JSON lacks '\(key)': \(result.stdout)", sourceLocation: sourceLocation)
        }
        let raw = object["violations"] as? [[String: Any]] ?? []
        var items: [AuditVerdict.Item] = []
        for violation in raw {
            for key in ["commit", "article", "rule", "message"] {
                #expect(violation[key] != nil, "violation lacks '\(key)' (must be present, null when empty): \(violation)",
                        sourceLocation: sourceLocation)
            }
            items.append(AuditVerdict.Item(
                commit: string(violation, "commit") ?? "", article: string(violation, "article"),
                rule: string(violation, "rule") ?? "", message: string(violation, "message") ?? ""))
        }
        return AuditVerdict(result: result, ok: object["ok"] as? Bool, commits: (object["commits"] as? NSNumber)?.intValue,
                            violations: items)
    }

    /// Runs git with extra `-c` settings (identity) in the repository.
    func auditGit(_ arguments: [String], name: String? = nil, email: String? = nil) throws -> RunResult {
        var prefix: [String] = []
        if let name { prefix += ["-c", "user.name=\(name)"] }
        if let email { prefix += ["-c", "user.email=\(email)"] }
        return try git(prefix + arguments)
    }

    /// `git commit -a -F message` (plus `extra`) as the given identity, with plain git;
    /// records an issue when git fails. Returns the new HEAD.
    @discardableResult
    func auditPlainCommit(
        _ message: String, name: String, email: String, extra: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let file = try writeScratch("msg-\(UUID().uuidString).txt", message)
        let result = try auditGit(["commit", "-q", "-a", "--cleanup=verbatim", "-F", file] + extra, name: name, email: email)
        #expect(result.status == 0, "git commit: \(result)", sourceLocation: sourceLocation)
        return try head()
    }

    /// Commits as a staff member (their name and email from the fixture).
    @discardableResult
    func auditPlainCommit(
        _ message: String, asMember id: String, extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let person = try #require(member(id), "no staff member \(id)", sourceLocation: sourceLocation)
        return try auditPlainCommit(message, name: person.name, email: person.email, extra: extra, sourceLocation: sourceLocation)
    }

    /// What an attacker with plain git does to the last Galley step: takes it back (its files staged),
    /// changes the work tree with `tamper`, and commits everything again with the step's message and
    /// date, as the staff member `id`. Returns the new HEAD.
    @discardableResult
    func auditRecommitLastStep(asMember id: String, sourceLocation: SourceLocation = #_sourceLocation, _ tamper: () throws -> Void) throws -> String {
        let message = try gitOut(["log", "-1", "--format=%B"], sourceLocation: sourceLocation) + "\n"
        let date = try gitOut(["log", "-1", "--format=%aI"], sourceLocation: sourceLocation)
        _ = try gitOut(["reset", "-q", "--soft", "HEAD^"], sourceLocation: sourceLocation)
        try tamper()
        _ = try gitOut(["add", "-A"], sourceLocation: sourceLocation)
        return try auditPlainCommit(message, asMember: id, extra: ["--date", date], sourceLocation: sourceLocation)
    }

    /// Reads a work-tree file.
    func auditRead(_ path: String) throws -> String {
        try String(contentsOf: workTreeURL(path), encoding: .utf8)
    }

    /// Rewrites a work-tree file through `transform`, recording an issue when nothing changed.
    func auditRewrite(_ path: String, sourceLocation: SourceLocation = #_sourceLocation, _ transform: (String) -> String) throws {
        let old = try auditRead(path)
        let new = transform(old)
        #expect(new != old, "the edit of \(path) changed nothing:\n\(old)", sourceLocation: sourceLocation)
        try Data(new.utf8).write(to: workTreeURL(path))
    }
}

/// A Galley-looking commit message (design §5), written by hand.
func auditGalleyMessage(
    subject: String, note: String? = nil, article: String?, transition: String, from: String?, to: String?,
    actor: String, role: String
) -> String {
    var lines = [subject, ""]
    if let note { lines += [note, ""] }
    if let article { lines.append("Galley-Article: \(article)") }
    lines.append("Galley-Transition: \(transition)")
    if let from { lines.append("Galley-From: \(from)") }
    if let to { lines.append("Galley-To: \(to)") }
    lines += ["Galley-Actor: \(actor)", "Galley-Role: \(role)"]
    return lines.joined(separator: "\n") + "\n"
}

// MARK: - git as the reference

/// One commit as git itself reads it.
struct AuditGitCommit {
    var hash: String
    var unixTime: Int
    var isoTime: String
    var subject: String
    var body: String
    /// `Key: value` trailers (unfolded), in order, as git parses them.
    var trailers: [(key: String, value: String)]

    func trailer(_ key: String) -> String? { trailers.first { $0.key == key }?.value }
    var isGalleyStep: Bool { trailer("Galley-Transition") != nil }
}

/// `git log` arguments whose output `auditParseGitLog` reads.
func auditGitLogArguments(_ revision: String = "main") -> [String] {
    ["log", "--format=%H%x1f%ct%x1f%cI%x1f%s%x1f%b%x1f%(trailers:only,unfold)%x1e", revision]
}

/// Parses the output of `git` with `auditGitLogArguments`, newest first.
func auditParseGitLog(_ stdout: String) -> [AuditGitCommit] {
    stdout.split(separator: "\u{1e}").compactMap { record -> AuditGitCommit? in
        let trimmed = record.drop(while: { $0 == "\n" })
        guard !trimmed.isEmpty else { return nil }
        let fields = trimmed.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 6 else { return nil }
        let trailers = fields[5].split(separator: "\n").compactMap { line -> (key: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return AuditGitCommit(hash: fields[0], unixTime: Int(fields[1]) ?? -1, isoTime: fields[2], subject: fields[3],
                              body: fields[4], trailers: trailers)
    }
}

extension Newsroom {
    /// `git log main` newest first, parsed field by field.
    func auditGitLog(_ revision: String = "main") throws -> [AuditGitCommit] {
        auditParseGitLog(try gitOut(auditGitLogArguments(revision)))
    }

    func auditRevList(_ arguments: [String] = ["main"]) throws -> [String] {
        try gitOut(["rev-list"] + arguments).split(separator: "\n").map(String.init)
    }
}

// MARK: - RFC 4180

/// A small RFC 4180 reader: fields separated by commas, records by CRLF or LF;
/// a quoted field may hold commas, doubled quotes and line breaks.
/// Works on Unicode scalars so "\r\n" is never one unit.
enum AuditCSV {
    struct Malformed: Error, CustomStringConvertible { var description: String }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var fieldStarted = false
        var scalars = Array(text.unicodeScalars)[...]
        func endField() {
            record.append(String(field))
            field = String.UnicodeScalarView()
            fieldStarted = false
        }
        func endRecord() {
            endField()
            records.append(record)
            record = []
        }
        while let scalar = scalars.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.append("\"")
                    } else {
                        inQuotes = false
                        if let next = scalars.first, next != ",", next != "\n", next != "\r" {
                            throw Malformed(description: "text after a closing quote: \(String(field))")
                        }
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard !fieldStarted, field.isEmpty else { throw Malformed(description: "a quote inside an unquoted field: \(String(field))") }
                inQuotes = true
                fieldStarted = true
            case ",":
                endField()
            case "\r":
                guard scalars.first == "\n" else { throw Malformed(description: "a bare CR outside quotes") }
                scalars.removeFirst()
                endRecord()
            case "\n":
                endRecord()
            default:
                field.append(scalar)
                fieldStarted = true
            }
        }
        if inQuotes { throw Malformed(description: "unterminated quoted field") }
        if fieldStarted || !record.isEmpty || !field.isEmpty { endRecord() }
        return records
    }
}

// MARK: - Scratch folders and pipelines

/// A temporary folder removed when the value goes away.
final class AuditTempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("galley-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}

enum AuditTools {
    /// `galley-history`, built beside `galley`.
    static func historyGenerator() throws -> URL {
        let url = try GalleyBinary.url().deletingLastPathComponent().appendingPathComponent("galley-history")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw FixtureError("galley-history not found beside galley at \(url.path): run `swift build`")
        }
        return url
    }

    /// An environment without the caller's GIT_*/GALLEY_* settings, with a private HOME.
    static func environment(home: URL) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in env.keys where key.hasPrefix("GIT_") || key.hasPrefix("GALLEY_") { env[key] = nil }
        env["HOME"] = home.path
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GALLEY_LANG"] = "en"
        return env
    }

    /// A bare repository holding a generated history on `main`.
    static func generatedHistory(in dir: AuditTempDir, articles: Int, commits: Int, seed: Int) throws -> URL {
        let bare = dir.url.appendingPathComponent("news.git")
        let generator = try historyGenerator()
        let script = """
            set -e
            git init -q --bare "$1"
            git -C "$1" symbolic-ref HEAD refs/heads/main
            "$2" --articles \(articles) --commits \(commits) --seed \(seed) > "$3/stream"
            git -C "$1" fast-import --quiet < "$3/stream"
            """
        let result = try runProgram(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script, "sh", bare.path, generator.path, dir.url.path],
            in: dir.url, environment: environment(home: dir.url), scratch: dir.url)
        guard result.status == 0 else { throw FixtureError("generating a history failed: \(result)") }
        return bare
    }
}

/// A generated bare newsroom (galley-history) with runners for galley and git.
final class AuditGeneratedNewsroom {
    let dir: AuditTempDir
    let repo: URL
    let environment: [String: String]
    let galleyURL: URL

    init(articles: Int, commits: Int, seed: Int) throws {
        dir = try AuditTempDir()
        repo = try AuditTools.generatedHistory(in: dir, articles: articles, commits: commits, seed: seed)
        environment = AuditTools.environment(home: dir.url)
        galleyURL = try GalleyBinary.url()
    }

    func galley(_ arguments: [String]) throws -> RunResult {
        try runProgram(galleyURL, ["--repo", repo.path] + arguments, in: dir.url, environment: environment, scratch: dir.url)
    }

    func git(_ arguments: [String]) throws -> RunResult {
        try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", repo.path] + arguments, in: dir.url,
                       environment: environment, scratch: dir.url)
    }

    func gitOut(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try git(arguments)
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result)", sourceLocation: sourceLocation)
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension AuditGeneratedNewsroom {
    func auditGitLog(_ revision: String = "main") throws -> [AuditGitCommit] {
        auditParseGitLog(try gitOut(auditGitLogArguments(revision)))
    }
}
