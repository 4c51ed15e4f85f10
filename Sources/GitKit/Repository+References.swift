internal import CGit2

/// HEAD, references and revision specs; `updateReference` is the compare-and-swap every write ends with.
extension Repository {
    /// HEAD's symbolic target, e.g. "refs/heads/main", also when the branch is unborn; nil when HEAD is detached.
    public func headReferenceName() throws(GitError) -> String? {
        var out: OpaquePointer? = nil
        try check(git_reference_lookup(&out, pointer, "HEAD"), "git_reference_lookup")
        guard let head = out else { throw Self.missing("git_reference_lookup") }
        defer { git_reference_free(head) }
        guard git_reference_type(head) == GIT_REFERENCE_SYMBOLIC,
              let target = git_reference_symbolic_target(head) else { return nil }
        return String(cString: target)
    }

    /// The commit a reference points to (symbolic references followed), or nil when the reference does not exist.
    public func referenceTarget(_ name: String) throws(GitError) -> ObjectID? {
        var out: OpaquePointer? = nil
        let rc = name.withCString { git_reference_lookup(&out, pointer, $0) }
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "git_reference_lookup")
        guard let reference = out else { throw Self.missing("git_reference_lookup") }
        defer { git_reference_free(reference) }
        var peeled: OpaquePointer? = nil
        let peelRC = git_reference_peel(&peeled, reference, GIT_OBJECT_COMMIT)
        // A symbolic reference to an unborn branch names nothing yet.
        if peelRC == GIT_ENOTFOUND.rawValue { return nil }
        try check(peelRC, "git_reference_peel")
        guard let object = peeled else { throw Self.missing("git_reference_peel") }
        defer { git_object_free(object) }
        guard let id = git_object_id(object) else { throw Self.missing("git_object_id") }
        return ObjectID(id)
    }

    /// `git_revparse_single` peeled to a commit ("HEAD~2", a short id, "main" …); `.notFound` when it names nothing.
    public func resolveCommit(_ spec: String) throws(GitError) -> ObjectID {
        var out: OpaquePointer? = nil
        let rc = spec.withCString { git_revparse_single(&out, pointer, $0) }
        try check(rc, "git_revparse_single")
        guard let object = out else { throw Self.missing("git_revparse_single") }
        defer { git_object_free(object) }
        var peeled: OpaquePointer? = nil
        try check(git_object_peel(&peeled, object, GIT_OBJECT_COMMIT), "git_object_peel")
        guard let commit = peeled else { throw Self.missing("git_object_peel") }
        defer { git_object_free(commit) }
        guard let id = git_object_id(commit) else { throw Self.missing("git_object_id") }
        return ObjectID(id)
    }

    /// Compare-and-swap of a reference. With `expected` the reference must still point there
    /// (`git_reference_create_matching`); with nil it must not exist yet.
    /// Throws `.modified` when the tip moved (also when the reference vanished), `.exists` when it appeared,
    /// `.locked` when the ref lock is held.
    public func updateReference(_ name: String, to target: ObjectID, expecting expected: ObjectID?,
                                logMessage: String) throws(GitError) {
        var newID = target.oid
        var out: OpaquePointer? = nil
        let rc: Int32
        let operation: String
        if let expected {
            var oldID = expected.oid
            operation = "git_reference_create_matching"
            rc = name.withCString { namePointer in
                logMessage.withCString { log in
                    git_reference_create_matching(&out, pointer, namePointer, &newID, 1, &oldID, log)
                }
            }
        } else {
            operation = "git_reference_create"
            rc = name.withCString { namePointer in
                logMessage.withCString { log in
                    git_reference_create(&out, pointer, namePointer, &newID, 0, log)
                }
            }
        }
        if rc < 0 {
            let error = GitError.libgit2(rc, operation)
            // libgit2 says notFound when the expected reference has vanished: for the caller that is a moved tip.
            if let expected, error.code == .notFound, try referenceTarget(name) == nil {
                throw GitError(code: .modified,
                               message: "reference '\(name)' no longer exists (expected \(expected.short))",
                               operation: operation)
            }
            throw error
        }
        git_reference_free(out)
    }

    /// Streams commit ids newest first in topological order (branch order kept), optionally first-parent only,
    /// excluding `hiding` and their ancestors; `oldestFirst` reverses the order (for replaying history).
    public func commitWalker(from start: ObjectID, hiding: [ObjectID] = [],
                             firstParentOnly: Bool = false, oldestFirst: Bool = false) throws(GitError) -> CommitWalker {
        var out: OpaquePointer? = nil
        try check(git_revwalk_new(&out, pointer), "git_revwalk_new")
        guard let walk = out else { throw Self.missing("git_revwalk_new") }
        // Owned by the walker from here on: it frees the revwalk in deinit, also when we throw below.
        let walker = CommitWalker(walk: walk, repository: self)
        let order = GIT_SORT_TOPOLOGICAL.rawValue | (oldestFirst ? GIT_SORT_REVERSE.rawValue : 0)
        try check(git_revwalk_sorting(walk, order), "git_revwalk_sorting")
        var startID = start.oid
        try check(git_revwalk_push(walk, &startID), "git_revwalk_push")
        for hidden in hiding {
            var hiddenID = hidden.oid
            try check(git_revwalk_hide(walk, &hiddenID), "git_revwalk_hide")
        }
        if firstParentOnly {
            try check(git_revwalk_simplify_first_parent(walk), "git_revwalk_simplify_first_parent")
        }
        return walker
    }
}
