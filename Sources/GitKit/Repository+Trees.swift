internal import CGit2
import Foundation

/// Reading trees by path and writing new trees without an index (the fast write path, see DESIGN §2).
extension Repository {
    /// The entry at a slash-separated path ("a/b/c.md"; "" is not allowed) in a commit's tree, or nil when missing.
    public func treeEntry(at path: String, inCommit commit: ObjectID) throws(GitError) -> TreeEntry? {
        guard !path.isEmpty else {
            throw GitError(code: .invalid, message: "an empty path names no tree entry", operation: "treeEntry")
        }
        let tree = try commitTree(commit)
        defer { git_tree_free(tree) }
        return try entry(at: path, in: tree)
    }

    /// Entries of the tree at `path` in a commit ("" = root tree), in git's order;
    /// [] when the path does not exist or is not a tree.
    public func treeEntries(at path: String, inCommit commit: ObjectID) throws(GitError) -> [TreeEntry] {
        if path.isEmpty {
            let tree = try commitTree(commit)
            defer { git_tree_free(tree) }
            return Self.entries(of: tree)
        }
        guard let entry = try treeEntry(at: path, inCommit: commit), entry.kind == .tree else { return [] }
        return try treeEntries(ofTree: entry.id)
    }

    /// Entries of tree `tree`, in git's order (for recursive scans without re-resolving a commit).
    public func treeEntries(ofTree tree: ObjectID) throws(GitError) -> [TreeEntry] {
        let object = try lookupTree(tree)
        defer { git_tree_free(object) }
        return Self.entries(of: object)
    }

    /// Contents of the blob at `path` in a commit, or nil when there is no blob there.
    public func fileData(at path: String, inCommit commit: ObjectID) throws(GitError) -> Data? {
        guard let entry = try treeEntry(at: path, inCommit: commit), entry.kind == .blob else { return nil }
        return try blobData(entry.id)
    }

    /// Applies `changes` to `base` (nil = the empty tree) with `git_tree_create_updated`; returns the new root tree.
    /// When several changes name the same path, the last one wins. Removing a path that does not exist throws.
    public func updatedTree(from base: ObjectID?, applying changes: [TreeChange]) throws(GitError) -> ObjectID {
        let baseline: OpaquePointer
        if let base {
            baseline = try lookupTree(base)
        } else {
            baseline = try lookupTree(try writeEmptyTree())
        }
        defer { git_tree_free(baseline) }

        var lastIndex: [String: Int] = [:]
        for (index, change) in changes.enumerated() { lastIndex[change.path] = index }
        let effective = changes.enumerated().filter { lastIndex[$0.element.path] == $0.offset }.map(\.element)

        var paths: [UnsafeMutablePointer<CChar>] = []
        defer { for path in paths { free(path) } }
        var updates: [git_tree_update] = []
        updates.reserveCapacity(effective.count)
        for change in effective {
            guard let path = strdup(change.path) else {
                throw GitError(code: .generic, message: "out of memory", operation: "strdup")
            }
            paths.append(path)
            var update = git_tree_update()
            update.path = UnsafePointer(path)
            switch change {
            case let .upsert(_, blob):
                update.action = GIT_TREE_UPDATE_UPSERT
                update.id = blob.oid
                update.filemode = GIT_FILEMODE_BLOB
            case .remove:
                update.action = GIT_TREE_UPDATE_REMOVE
            }
            updates.append(update)
        }
        var oid = git_oid()
        let rc = updates.withUnsafeBufferPointer { buffer in
            git_tree_create_updated(&oid, pointer, baseline, buffer.count, buffer.baseAddress)
        }
        try check(rc, "git_tree_create_updated")
        return ObjectID(oid)
    }

    /// Writes (idempotently) and returns the empty tree.
    private func writeEmptyTree() throws(GitError) -> ObjectID {
        var out: OpaquePointer? = nil
        try check(git_treebuilder_new(&out, pointer, nil), "git_treebuilder_new")
        guard let builder = out else { throw Self.missing("git_treebuilder_new") }
        defer { git_treebuilder_free(builder) }
        var oid = git_oid()
        try check(git_treebuilder_write(&oid, builder), "git_treebuilder_write")
        return ObjectID(oid)
    }

    /// The root `git_tree` of a commit; the caller frees it.
    func commitTree(_ commit: ObjectID) throws(GitError) -> OpaquePointer {
        let object = try lookupCommit(commit)
        defer { git_commit_free(object) }
        var out: OpaquePointer? = nil
        try check(git_commit_tree(&out, object), "git_commit_tree")
        guard let tree = out else { throw Self.missing("git_commit_tree") }
        return tree
    }

    /// The entry at `path` under `tree`, nil when missing.
    func entry(at path: String, in tree: OpaquePointer) throws(GitError) -> TreeEntry? {
        var out: OpaquePointer? = nil
        let rc = path.withCString { git_tree_entry_bypath(&out, tree, $0) }
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "git_tree_entry_bypath")
        guard let entry = out else { throw Self.missing("git_tree_entry_bypath") }
        defer { git_tree_entry_free(entry) }
        return Self.treeEntry(entry)
    }

    private static func entries(of tree: OpaquePointer) -> [TreeEntry] {
        let count = git_tree_entrycount(tree)
        var result: [TreeEntry] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            if let entry = git_tree_entry_byindex(tree, index) { result.append(treeEntry(entry)) }
        }
        return result
    }

    private static func treeEntry(_ entry: OpaquePointer) -> TreeEntry {
        let mode = git_tree_entry_filemode(entry).rawValue
        let type = git_tree_entry_type(entry)
        let kind: TreeEntry.Kind
        if mode == GIT_FILEMODE_COMMIT.rawValue {
            kind = .submodule
        } else if type == GIT_OBJECT_TREE {
            kind = .tree
        } else if type == GIT_OBJECT_BLOB {
            kind = .blob
        } else {
            kind = .other
        }
        let name = git_tree_entry_name(entry).map { String(cString: $0) } ?? ""
        let id = git_tree_entry_id(entry).map { ObjectID($0) } ?? ObjectID(git_oid())
        return TreeEntry(name: name, id: id, kind: kind, mode: UInt32(mode))
    }
}
