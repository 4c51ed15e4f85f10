internal import CGit2

/// Ancestry questions, e.g. whether a push is a fast-forward.
extension Repository {
    /// Whether `commit` has `ancestor` in its history (a commit is not its own descendant).
    public func isDescendant(_ commit: ObjectID, of ancestor: ObjectID) throws(GitError) -> Bool {
        var commitID = commit.oid
        var ancestorID = ancestor.oid
        let rc = git_graph_descendant_of(pointer, &commitID, &ancestorID)
        try check(rc, "git_graph_descendant_of")
        return rc == 1
    }
}
