internal import CGit2

/// Streams commit ids from a `git_revwalk` so long histories need not be held in memory; freed in deinit.
/// Keeps its repository alive while it exists.
public final class CommitWalker {
    private let walk: OpaquePointer
    private let repository: Repository

    init(walk: OpaquePointer, repository: Repository) {
        self.walk = walk
        self.repository = repository
    }

    deinit {
        git_revwalk_free(walk)
    }

    /// The next commit id, or nil at the end.
    public func next() throws(GitError) -> ObjectID? {
        var oid = git_oid()
        let rc = git_revwalk_next(&oid, walk)
        if rc == GIT_ITEROVER.rawValue { return nil }
        try check(rc, "git_revwalk_next")
        return ObjectID(oid)
    }
}
