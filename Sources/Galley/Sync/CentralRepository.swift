import Foundation
import GitKit

/// The central repository a clone syncs with (git's remote `origin`). Fetching
/// goes through libgit2 for every kind of URL; pushing differs: over a
/// receive-pack transport (`git://`, `ssh://`, http) the server compares and
/// swaps and runs its hooks, while for a local path or `file://` URL libgit2
/// would overwrite the branch unchecked — there Galley writes the objects
/// itself and moves the branch under the central repository's own flock.
struct CentralRepository {
    static let remoteName = "origin"
    let url: String
    /// The URL for messages and reports: never with a password written into it.
    var shown: String { RemoteURL.redacted(url) }

    /// A path on this machine, when the URL names one.
    var localPath: String? {
        if url.hasPrefix("file://") { return String(url.dropFirst("file://".count)).removingPercentEncoding }
        if url.contains("://") { return nil }
        // scp-like `host:path` is ssh; a plain path has no colon before its first slash.
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return nil }
        return url
    }

    /// What a push attempt came to.
    enum PushOutcome: Equatable {
        case pushed
        /// The central branch moved since the fetch: fetch, replay and try again.
        case lostRace
    }

    func trackingReference(branch: String) -> String { "refs/remotes/\(Self.remoteName)/\(branch)" }

    /// Fetches the central branch into its remote-tracking reference and returns the central tip.
    func fetch(into repository: Repository, branch: String) throws(GalleyError) -> ObjectID {
        let tracking = trackingReference(branch: branch)
        do {
            try repository.fetch(remote: Self.remoteName, refspecs: ["+refs/heads/\(branch):\(tracking)"], ssh: .galley(),
                                 reflogMessage: RepositoryFileNames.fetchReflogMessage)
        } catch {
            throw GalleyError(.failure, .sync(.centralUnreachable(url: shown, detail: error.message)))
        }
        guard let tip = try git("reading \(tracking)", { () throws(GitError) in try repository.referenceTarget(tracking) }) else {
            throw GalleyError(.failure, .sync(.centralHasNoBranch(url: shown, branch: branch)))
        }
        return tip
    }

    /// Moves the central branch from `expected` to `new` (a descendant), or reports a lost race.
    func push(from repository: Repository, branch: String, expected: ObjectID, new: ObjectID) throws(GalleyError) -> PushOutcome {
        if let path = localPath { return try pushLocal(path, from: repository, branch: branch, expected: expected, new: new) }
        let result: PushResult
        do {
            result = try repository.push(remote: Self.remoteName, refspec: "refs/heads/\(branch):refs/heads/\(branch)", ssh: .galley())
        } catch {
            if error.code == .nonFastForward { return .lostRace }
            throw GalleyError(.failure, .sync(.pushFailed(url: shown, detail: error.message)))
        }
        guard let rejection = result.rejection else {
            try git("recording the central tip", { () throws(GitError) in
                try repository.setReference(trackingReference(branch: branch), to: new, logMessage: "galley: sync")
            })
            return .pushed
        }
        let lower = rejection.lowercased()
        if lower.contains("fetch first") || lower.contains("non-fast-forward") || lower.contains("failed to update")
            || lower.contains("failed to lock") || lower.contains("stale")
        {
            return .lostRace
        }
        let said = result.serverMessages.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        throw .refused(
            "the central repository refused the steps (\(rejection))\(said.isEmpty ? "" : ": " + said.joined(separator: " / ")); nothing was lost, your steps stay here")
    }

    /// Local path: under the central repository's flock, compare its branch with `expected`,
    /// copy the missing objects, judge the new steps as its hook would, then compare-and-swap.
    private func pushLocal(
        _ path: String, from repository: Repository, branch: String, expected: ObjectID, new: ObjectID
    ) throws(GalleyError) -> PushOutcome {
        let central: Repository
        do {
            central = try Repository.open(at: path)
        } catch {
            throw GalleyError(.failure, .sync(.centralNotOpened(path: path, detail: error.message)))
        }
        let lock: RepositoryLock
        do {
            lock = try central.acquireWriteLock(fileName: RepositoryFileNames.writeLock, timeout: Newsroom.writeLockTimeout)
        } catch {
            throw Newsroom.writeLockError(error, central: path)
        }
        defer { lock.release() }
        let reference = "refs/heads/\(branch)"
        guard try git("reading the central branch", { () throws(GitError) in try central.referenceTarget(reference) }) == expected else {
            return .lostRace
        }
        var commits: [ObjectID] = []
        let walker = try git("listing the steps to send", { () throws(GitError) in
            try repository.commitWalker(from: new, hiding: [expected], oldestFirst: true)
        })
        while let id = try git("listing the steps to send", { () throws(GitError) in try walker.next() }) { commits.append(id) }
        _ = try git("copying the steps into \(path)", { () throws(GitError) in try central.importObjects(from: repository, commits: commits) })
        // libgit2 runs no hook for a local path: judge the range here as the pre-receive hook would.
        let report = try Newsroom.replay(central, tip: new, trusting: expected)
        if let first = report.violations.first {
            throw GalleyError(.refused, .repository(.centralRefusesSteps(commit: String(first.commit.prefix(7)), reason: first.detail)))
        }
        do {
            try central.updateReference(reference, to: new, expecting: expected, logMessage: "galley: sync")
        } catch {
            if error.code == .modified || error.code == .locked { return .lostRace }
            throw GalleyError(.failure, .sync(.centralBranchNotMoved(detail: error.message)))
        }
        try git("recording the central tip", { () throws(GitError) in
            try repository.setReference(trackingReference(branch: branch), to: new, logMessage: "galley: sync")
        })
        return .pushed
    }
}
