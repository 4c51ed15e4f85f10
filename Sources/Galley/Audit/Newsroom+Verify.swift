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
                throw .notFound("unknown revision '\(revision)': give a commit id, a branch or HEAD~N")
            }
        }
        return try Self.replay(repository, tip: tip, trusting: start, startName: revision)
    }

    /// Checks the commits from `tip` back to (not including) `start`, oldest first; without `start`,
    /// the whole history. Shared by `verify` and the central repository's pre-receive hook.
    static func replay(
        _ repository: Repository, tip: ObjectID, trusting start: ObjectID?, startName: String? = nil
    ) throws(GalleyError) -> VerifyReport {
        var verifier = Verifier(repository: repository)
        var hidden: [ObjectID] = []
        if let start {
            do {
                verifier = Verifier(repository: repository, trusting: try RulesInForce.load(repository, at: start))
            } catch {
                throw .invalidInput("\(startName ?? start.short) is not a newsroom commit to start from: \(error.message)")
            }
            hidden = [start]
        }
        let walker = try git("walking the history", { () throws(GitError) in
            try repository.commitWalker(from: tip, hiding: hidden, oldestFirst: true)
        })
        while let id = try git("walking the history", { () throws(GitError) in try walker.next() }) {
            let commit = try git("reading commit \(id.short)", { () throws(GitError) in try repository.commit(id) })
            try verifier.check(commit)
        }
        return VerifyReport(commits: verifier.commitsChecked, violations: verifier.violations)
    }
}
