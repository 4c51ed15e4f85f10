internal import CGit2

/// Ancestry questions, e.g. whether a push is a fast-forward, and where two histories parted.
extension Repository {
    /// Whether `commit` has `ancestor` in its history (a commit is not its own descendant).
    public func isDescendant(_ commit: ObjectID, of ancestor: ObjectID) throws(GitError) -> Bool {
        var commitID = commit.oid
        var ancestorID = ancestor.oid
        let rc = git_graph_descendant_of(pointer, &commitID, &ancestorID)
        try check(rc, "git_graph_descendant_of")
        return rc == 1
    }

    /// The best common ancestor of two commits, or nil when they share no history.
    public func mergeBase(_ one: ObjectID, _ other: ObjectID) throws(GitError) -> ObjectID? {
        var first = one.oid, second = other.oid
        var out = git_oid()
        let rc = git_merge_base(&out, pointer, &first, &second)
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "git_merge_base")
        return ObjectID(out)
    }
}
