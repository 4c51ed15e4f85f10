import Foundation
import Galley
import GitKit

/// `galley-bench --signed N` (issue 6): verify's throughput with signature checks on a realistic signed history.
///
/// 1. galley-history writes N workflow steps (N/10 articles over ten years, 28 people) with every person's
///    ed25519 key in the init commit's people.yaml and `signing: required`, through `git fast-import`.
/// 2. fast-import cannot write `gpgsig` headers, so the history is re-signed here, oldest first: each commit
///    is written again with the same tree, author, committer and message on its new parent, signed with the
///    key of the person its `Galley-Actor` trailer names (Galley's native SSHSIG signer), and main moves to
///    the new tip. `git repack -a -d` and `git prune-packed` then leave one pack, as in a real repository.
/// 3. `galley verify` (whole process) is timed on it beside `git log --raw --no-abbrev` over the same range,
///    and must report the history clean; `git verify-commit` and `git log --show-signature` check a few
///    signatures independently with the allowed-signers file `galley people allowed-signers` prints.
enum SignedHistory {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Runs the whole benchmark and prints its report; false when a step failed or the history is not clean.
    static func run(commits: Int, runs: Int, galley: String, history: String) -> Bool {
        let work = NSTemporaryDirectory() + "galley-bench-signed-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: work) }
        do {
            try measure(commits: commits, runs: runs, galley: galley, history: history, work: work)
            return true
        } catch {
            note("galley-bench --signed: \(error)")
            return false
        }
    }

    private static func measure(commits requested: Int, runs: Int, galley: String, history: String, work: String) throws {
        try FileManager.default.createDirectory(atPath: work + "/keys", withIntermediateDirectories: true)
        setenv("HOME", work, 1)
        setenv("GIT_CONFIG_NOSYSTEM", "1", 1)
        for variable in ["GALLEY_SIGNING_KEY", "GALLEY_SIGN_WITH", "GALLEY_USER"] { unsetenv(variable) }
        let keys = work + "/keys"
        let bare = work + "/news.git"
        let articles = max(1, requested / 10)

        let people = try checked([history, "--list-people"]).output.split(separator: "\n").map(String.init)
        for id in people {
            try checked(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", id, "-f", keys + "/" + id])
        }
        try checked(["git", "init", "-q", "--bare", bare])
        try checked(["git", "-C", bare, "symbolic-ref", "HEAD", "refs/heads/main"])

        note("[signed: \(articles) articles, \(requested) commits, \(people.count) people] generating history…")
        let generated = try checked([
            "bash", "-c",
            "set -o pipefail; '\(history)' --articles \(articles) --commits \(requested) --keys '\(keys)' 2>'\(work)/generated'"
                + " | git -C '\(bare)' fast-import --quiet",
        ])
        // "galley-history: C commits, A articles": the articles it started (a few fewer than asked when the commits run out).
        let summary = (try? String(contentsOfFile: work + "/generated", encoding: .utf8)) ?? ""
        let started = summary.split(separator: " ").dropLast().last.flatMap { Int($0) } ?? articles
        note("  generated in \(seconds(generated.seconds)) s; re-signing…")

        let start = DispatchTime.now()
        let signed = try resign(bare, keys: keys, people: people)
        let resignSeconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        note("  re-signed \(signed) commits in \(seconds(resignSeconds)) s; repacking…")
        let repack = try checked(["git", "-C", bare, "repack", "-a", "-d", "-q"])
        let prune = try checked(["git", "-C", bare, "prune-packed"])
        let count = Int(try checked(["git", "-C", bare, "rev-list", "--count", "main"]).output.trimmed) ?? 0
        guard count == signed else { throw Failure("main has \(count) commits after re-signing \(signed)") }

        // Not timed: stock git agrees with the signatures, using the allowed-signers file Galley derives from people.yaml.
        let signers = work + "/allowed-signers"
        let allowed = try checked([galley, "--repo", bare, "people", "allowed-signers"])
        guard FileManager.default.createFile(atPath: signers, contents: Data(allowed.output.utf8)) else {
            throw Failure("cannot write \(signers)")
        }
        let root = try checked(["git", "-C", bare, "rev-list", "--max-parents=0", "main"]).output.trimmed
        var checkedCommits: [String] = []
        for revision in [root, "main~\(count / 2)", "main"] {
            let result = Measure.run(["git", "-C", bare, "-c", "gpg.ssh.allowedSignersFile=" + signers, "verify-commit", revision])
            guard result.status == 0 else { throw Failure("git verify-commit \(revision) failed (exit \(result.status))") }
            checkedCommits.append(revision == root ? "root" : revision)
        }

        note("  timing galley verify and git log --raw…")
        let verifyRuns = count >= 50_000 ? 1 : max(1, min(3, runs))
        var verifyTimes: [Double] = []
        var verifyPeak = 0
        var gitTimes: [Double] = []
        var gitPeak = 0
        var verdict = ""
        for _ in 0..<verifyRuns {
            let verify = Measure.run([galley, "--repo", bare, "verify"], exactPeak: true)
            verdict = verify.output.split(separator: "\n").last.map(String.init) ?? ""
            guard verify.status == 0, verdict == "ok: \(count) commits follow the rules in force at their time" else {
                let shown = verify.output.split(separator: "\n").prefix(20).joined(separator: "\n")
                throw Failure("galley verify exited \(verify.status) on the signed history:\n\(shown)")
            }
            verifyTimes.append(verify.seconds)
            verifyPeak = max(verifyPeak, verify.peakKB)
            let log = Measure.run(
                ["git", "-C", bare, "log", "--raw", "--no-abbrev", "--format=%H%n%an%n%ae%n%B", "main"], discardOutput: true,
                exactPeak: true)
            guard log.status == 0 else { throw Failure("git log --raw exited \(log.status)") }
            gitTimes.append(log.seconds)
            gitPeak = max(gitPeak, log.peakKB)
        }

        // git's own signature checks (one ssh-keygen per commit), on the newest commits only.
        let sample = min(1_000, count)
        let shown = Measure.run(
            ["git", "-C", bare, "-c", "gpg.ssh.allowedSignersFile=" + signers, "log", "--show-signature", "--format=%H", "-n", "\(sample)", "main"],
            exactPeak: true)
        let good = shown.output.components(separatedBy: "Good \"git\" signature for ").count - 1
        guard shown.status == 0, good == sample else {
            throw Failure("git log --show-signature found \(good) good signatures in the newest \(sample) commits")
        }

        let verifySeconds = Measure.median(verifyTimes)
        let gitSeconds = Measure.median(gitTimes)
        let runsNote = verifyRuns == 1 ? "one run" : "median of \(verifyRuns) runs"
        emit("\nsigned history: \(count) commits, \(started) articles, \(people.count) people, signing: required (\(runsNote))")
        emit("| step | seconds | commits/s | peak MB |")
        emit("|---|---:|---:|---:|")
        emit("| generate (galley-history --keys, unsigned, fast-import) | \(seconds(generated.seconds)) | \(rate(count, generated.seconds)) | – |")
        emit("| re-sign (native SSHSIG, loose objects) | \(seconds(resignSeconds)) | \(rate(count, resignSeconds)) | – |")
        emit("| git repack -a -d + prune-packed | \(seconds(repack.seconds + prune.seconds)) | – | – |")
        emit("| **galley verify (signatures checked)** | \(seconds(verifySeconds)) | \(rate(count, verifySeconds)) | \(megabytes(verifyPeak)) |")
        emit("| git log --raw --no-abbrev (baseline, same range) | \(seconds(gitSeconds)) | \(rate(count, gitSeconds)) | \(megabytes(gitPeak)) |")
        emit("| git log --show-signature (newest \(sample), ssh-keygen each) | \(seconds(shown.seconds)) | \(rate(sample, shown.seconds)) | \(megabytes(shown.peakKB)) |")
        emit("ratio (git log --raw time / galley verify time): \(String(format: "%.2f", verifySeconds > 0 ? gitSeconds / verifySeconds : 0))×")
        emit("galley verify: \(verdict)")
        emit("git verify-commit with `galley people allowed-signers`: good on \(checkedCommits.joined(separator: ", ")); git log --show-signature: \(good)/\(sample) good")
    }

    /// Writes the fast-imported history again, oldest first, each commit signed by its actor; moves main to the new tip.
    private static func resign(_ path: String, keys: String, people: [String]) throws -> Int {
        try GitRuntime.setFsync(false)  // a benchmark fixture: loose objects, no fsync per commit
        defer { try? GitRuntime.setFsync(true) }
        var signers: [String: KeyFileSigner] = [:]
        for id in people { signers[id] = try KeyFileSigner(privateKeyFile: keys + "/" + id) }
        let repository = try Repository.open(at: path)
        let oldTip = try repository.resolveCommit("refs/heads/main")
        let walker = try repository.commitWalker(from: oldTip, oldestFirst: true)
        var parent: ObjectID?
        var count = 0
        while let id = try walker.next() {
            let commit = try repository.commit(id)
            guard commit.parents.count == (parent == nil ? 0 : 1) else {
                throw Failure("\(id.short) has \(commit.parents.count) parents: the generated history should be linear")
            }
            guard let actor = CommitMessage.parse(commit.message)?.trailers.actor else {
                throw Failure("\(id.short) has no Galley trailers")
            }
            guard let signer = signers[actor] else { throw Failure("\(id.short) names \(actor), who has no key") }
            let parents = parent.map { [$0] } ?? []
            if parent == nil {
                // The root keeps its parents: written unsigned it must be the very same object, so the
                // author, committer and message round-trip byte for byte through this rewrite.
                let same = try repository.createCommit(
                    tree: commit.tree, parents: [], author: commit.author, committer: commit.committer, message: commit.message)
                guard same == id else { throw Failure("rewriting the root commit changed it (\(id.short) → \(same.short))") }
            }
            let content = try repository.commitContent(
                tree: commit.tree, parents: parents, author: commit.author, committer: commit.committer, message: commit.message)
            parent = try repository.createSignedCommit(content: content, signature: try signer.sign(content))
            count += 1
        }
        guard let tip = parent else { throw Failure("the generated history is empty") }
        try repository.updateReference("refs/heads/main", to: tip, expecting: oldTip, logMessage: "galley-bench: re-signed")
        return count
    }

    /// Runs a command that must succeed.
    @discardableResult
    private static func checked(_ arguments: [String]) throws -> Measurement {
        let result = Measure.run(arguments)
        guard result.status == 0 else { throw Failure("exit \(result.status): \(arguments.joined(separator: " "))") }
        return result
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.2f", value) }
    private static func rate(_ commits: Int, _ seconds: Double) -> String { seconds > 0 ? "\(Int(Double(commits) / seconds))" : "–" }
    private static func megabytes(_ kilobytes: Int) -> String { String(format: "%.1f", Double(kilobytes) / 1024) }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
