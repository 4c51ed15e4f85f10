import GitKit

/// What the verifier needs from git about one commit, besides article texts: the commit,
/// its changes against its first parent and, when read ahead, its signature's check.
/// Read ahead on another thread by `HistoryPrefetch`, so judging overlaps with reading.
/// (The message is parsed by the verifier's thread: that balances the two threads' work.
/// Measured again for issue 15: parsed on the reading thread, that thread did 58% of the CPU.)
struct PreparedCommit: Sendable {
    let commit: Commit
    let changes: [PathChange]
    /// nil: not checked ahead, the verifier reads and checks the signature itself.
    var signature: SignatureCheck?

    /// Reads `commit`'s changes; `parentTree` is the first parent's tree, when the caller has it.
    static func read(
        _ commit: Commit, parentTree knownParentTree: ObjectID?? = nil, in repository: Repository,
        comparing comparison: TreeComparison? = nil
    ) throws(GalleyError) -> PreparedCommit {
        let parentTree: ObjectID?
        if let knownParentTree {
            parentTree = knownParentTree
        } else {
            parentTree = try commit.parents.first.map { (id) throws(GalleyError) in
                try git("reading \(id.short)", { () throws(GitError) in try repository.commit(id).tree })
            }
        }
        let changes = try git("diffing \(commit.id.short)", { () throws(GitError) in
            if let comparison { return try comparison.changes(from: parentTree, to: commit.tree) }
            return try repository.changes(from: parentTree, to: commit.tree)
        })
        return PreparedCommit(commit: commit, changes: changes, signature: nil)
    }
}
