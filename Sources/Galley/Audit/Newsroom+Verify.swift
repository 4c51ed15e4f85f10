import GitKit

extension Newsroom {
    /// Replays the branch and checks every commit against the rules in force
    /// in its parent. With `since`, that commit's state is trusted and the
    /// replay starts after it. Never takes the write lock.
    public func verify(since revision: String? = nil) throws(GalleyError) -> VerifyReport {
        let repository = self.repository
        let tip = try tip()
        var start: ObjectID?
        if let revision {
            do {
                start = try repository.resolveCommit(revision)
            } catch {
                throw GalleyError(.notFound, .input(.unknownRevision(revision: revision)))
            }
        }
        return try Self.replay(repository, tip: tip, trusting: start, startName: revision)
    }

    /// Checks the commits from `tip` back to (not including) `start`, oldest first; without `start`,
    /// the whole history. Shared by `verify` and the central repository's pre-receive hook, which
    /// passes the `pusher` its server authenticated (see `Verifier.checkPusher`).
    static func replay(
        _ repository: Repository, tip: ObjectID, trusting start: ObjectID?, startName: String? = nil, pusher: Pusher? = nil,
        directoryCache: DirectoryCache? = nil
    ) throws(GalleyError) -> VerifyReport {
        var verifier = Verifier(repository: repository, pusher: pusher)
        var hidden: [ObjectID] = []
        if let start {
            do {
                let tree = try git("reading \(start.short)", { () throws(GitError) in try repository.commit(start).tree })
                verifier = Verifier(
                    repository: repository, trusting: (try RulesInForce.load(repository, at: start), tree), pusher: pusher,
                    directoryCache: directoryCache)
            } catch {
                throw GalleyError(.invalidInput, .lookup(.notAStartCommit(start: startName ?? start.short, cause: ErrorCause(error))))
            }
            hidden = [start]
        }
        let prefetch = HistoryPrefetch(repository.location, tip: tip, hiding: hidden)
        while let prepared = try prefetch.next() {
            try verifier.check(prepared)
        }
        return VerifyReport(commits: verifier.commitsChecked, violations: verifier.violations)
    }
}
