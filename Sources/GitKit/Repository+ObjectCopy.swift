internal import CGit2

/// Copying objects between two object databases on this machine, for a central
/// repository reached by a local path: libgit2's local push would move the
/// remote branch without a compare-and-swap, so the caller writes the objects
/// itself and moves the branch under the remote's own lock.
extension Repository {
    /// Copies into this repository every object reachable from `commits` that it lacks: each commit,
    /// then its tree, descending only into subtrees this repository does not have (a tree that is
    /// present has all of its contents: objects are always written children first). Returns how many
    /// objects were written. Commits are copied in the order given (oldest first keeps the same invariant).
    @discardableResult
    public func importObjects(from source: Repository, commits: [ObjectID]) throws(GitError) -> Int {
        let sourceODB = try source.objectDatabase()
        defer { git_odb_free(sourceODB) }
        let targetODB = try objectDatabase()
        defer { git_odb_free(targetODB) }
        var written = 0
        for commit in commits {
            if Self.exists(targetODB, commit) { continue }
            let tree = try source.commit(commit).tree
            try Self.importTree(tree, from: sourceODB, source: source, into: targetODB, written: &written)
            try Self.copy(commit, from: sourceODB, into: targetODB)
            written += 1
        }
        return written
    }

    private static func importTree(
        _ tree: ObjectID, from sourceODB: OpaquePointer, source: Repository, into targetODB: OpaquePointer, written: inout Int
    ) throws(GitError) {
        if exists(targetODB, tree) { return }
        for entry in try source.treeEntries(ofTree: tree) {
            switch entry.kind {
            case .tree:
                try importTree(entry.id, from: sourceODB, source: source, into: targetODB, written: &written)
            case .blob:
                if !exists(targetODB, entry.id) {
                    try copy(entry.id, from: sourceODB, into: targetODB)
                    written += 1
                }
            case .submodule, .other:
                continue
            }
        }
        try copy(tree, from: sourceODB, into: targetODB)
        written += 1
    }

    private static func exists(_ odb: OpaquePointer, _ id: ObjectID) -> Bool {
        var oid = id.oid
        return git_odb_exists(odb, &oid) == 1
    }

    private static func copy(_ id: ObjectID, from sourceODB: OpaquePointer, into targetODB: OpaquePointer) throws(GitError) {
        var oid = id.oid
        var out: OpaquePointer? = nil
        try check(git_odb_read(&out, sourceODB, &oid), "git_odb_read")
        guard let object = out else { throw missing("git_odb_read") }
        defer { git_odb_object_free(object) }
        var written = git_oid()
        let size = git_odb_object_size(object)
        let rc = git_odb_write(&written, targetODB, git_odb_object_data(object), size, git_odb_object_type(object))
        try check(rc, "git_odb_write")
        guard ObjectID(written) == id else {
            throw GitError(code: .invalid, message: "object \(id.short) changed its id when copied", operation: "git_odb_write")
        }
    }

    /// The repository's `git_odb`; the caller frees it.
    private func objectDatabase() throws(GitError) -> OpaquePointer {
        var out: OpaquePointer? = nil
        try check(git_repository_odb(&out, pointer), "git_repository_odb")
        guard let odb = out else { throw Self.missing("git_repository_odb") }
        return odb
    }
}
