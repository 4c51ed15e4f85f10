internal import CGit2

/// File-level differences between two trees.
///
/// A hand-written tree comparison rather than `git_diff_tree_to_tree`: it
/// descends only into subtrees whose ids differ and makes Swift strings only
/// for paths that changed. A newsroom commit changes one path deep in a
/// day-sharded tree, so this reads a handful of small trees per commit; the
/// diff machinery's setup cost dominated `verify` before.
extension Repository {
    /// Tree-to-tree changes (no rename detection), optionally limited to paths under the given prefixes.
    /// Prefixes are literal paths (a file or a folder), not globs.
    public func changes(from oldTree: ObjectID?, to newTree: ObjectID?,
                        under prefixes: [String] = []) throws(GitError) -> [PathChange] {
        let trees = TreeSource(repository: self)
        defer { trees.releaseAll() }
        return try changes(from: oldTree, to: newTree, under: prefixes, trees: trees)
    }

    func changes(from oldTree: ObjectID?, to newTree: ObjectID?, under prefixes: [String],
                 trees: TreeSource) throws(GitError) -> [PathChange] {
        let oldObject = try oldTree.map { (id) throws(GitError) in try trees.tree(id) }
        let newObject = try newTree.map { (id) throws(GitError) in try trees.tree(id) }
        var result: [PathChange] = []
        try compare(oldObject, newObject, base: "", scope: PathScope(prefixes: prefixes), trees: trees, into: &result)
        return result
    }

    /// Appends the changes between two trees (either may be nil: all added or all deleted),
    /// walking both sorted entry lists together so the result is in git's path order.
    private func compare(
        _ old: OpaquePointer?, _ new: OpaquePointer?, base: String, scope: PathScope, trees: TreeSource,
        into result: inout [PathChange]
    ) throws(GitError) {
        let oldCount = old.map(git_tree_entrycount) ?? 0
        let newCount = new.map(git_tree_entrycount) ?? 0
        var i = 0
        var j = 0
        while i < oldCount || j < newCount {
            let a = i < oldCount ? old.flatMap { git_tree_entry_byindex($0, i) } : nil
            let b = j < newCount ? new.flatMap { git_tree_entry_byindex($0, j) } : nil
            let order: Int32
            switch (a, b) {
            case let (a?, b?): order = Self.treeOrder(a, b)
            case (_?, nil): order = -1
            case (nil, _?): order = 1
            case (nil, nil): return
            }
            if order < 0 {
                i += 1
                try report(old: a, new: nil, base: base, scope: scope, trees: trees, into: &result)
            } else if order > 0 {
                j += 1
                try report(old: nil, new: b, base: base, scope: scope, trees: trees, into: &result)
            } else {
                i += 1
                j += 1
                if let a, let b, git_tree_entry_filemode(a) == git_tree_entry_filemode(b),
                    let x = git_tree_entry_id(a), let y = git_tree_entry_id(b), git_oid_equal(x, y) != 0
                {
                    continue
                }
                try report(old: a, new: b, base: base, scope: scope, trees: trees, into: &result)
            }
        }
    }

    private func report(
        old: OpaquePointer?, new: OpaquePointer?, base: String, scope: PathScope, trees: TreeSource,
        into result: inout [PathChange]
    ) throws(GitError) {
        guard let name = (new ?? old).flatMap(git_tree_entry_name) else { return }
        let path = base + String(cString: name)
        guard scope.admits(path) else { return }
        try changed(old: old, new: new, path: path, scope: scope, trees: trees, into: &result)
    }

    /// git's tree order: names compared bytewise, a tree's name as if it ended in "/".
    private static func treeOrder(_ a: OpaquePointer, _ b: OpaquePointer) -> Int32 {
        guard let x = git_tree_entry_name(a), let y = git_tree_entry_name(b) else { return 0 }
        let aTree = git_tree_entry_type(a) == GIT_OBJECT_TREE
        let bTree = git_tree_entry_type(b) == GIT_OBJECT_TREE
        var k = 0
        while true {
            var c1 = UInt8(bitPattern: x[k])
            var c2 = UInt8(bitPattern: y[k])
            if c1 == 0 && c2 == 0 { return aTree == bTree ? 0 : (aTree ? 1 : -1) }
            if c1 == 0 { c1 = aTree ? UInt8(ascii: "/") : 0 }
            if c2 == 0 { c2 = bTree ? UInt8(ascii: "/") : 0 }
            if c1 != c2 { return c1 < c2 ? -1 : 1 }
            if x[k] == 0 || y[k] == 0 { return x[k] == 0 ? -1 : 1 }
            k += 1
        }
    }

    /// One entry that differs: recurse into trees, report blobs (and submodules) as changes.
    private func changed(
        old: OpaquePointer?, new: OpaquePointer?, path: String, scope: PathScope, trees: TreeSource,
        into result: inout [PathChange]
    ) throws(GitError) {
        let oldIsTree = old.map { git_tree_entry_type($0) == GIT_OBJECT_TREE } ?? false
        let newIsTree = new.map { git_tree_entry_type($0) == GIT_OBJECT_TREE } ?? false
        let oldID = old.flatMap { git_tree_entry_id($0).map { ObjectID($0.pointee) } }
        let newID = new.flatMap { git_tree_entry_id($0).map { ObjectID($0.pointee) } }
        let oldMode = old.map { git_tree_entry_filemode($0).rawValue }
        let newMode = new.map { git_tree_entry_filemode($0).rawValue }
        if oldIsTree || newIsTree {
            let oldSubtree = oldIsTree ? try oldID.map { (id) throws(GitError) in try trees.tree(id) } : nil
            let newSubtree = newIsTree ? try newID.map { (id) throws(GitError) in try trees.tree(id) } : nil
            // A blob replaced by a tree (or the reverse): the blob side is its own change.
            if !oldIsTree, let oldID {
                result.append(PathChange(status: .deleted, path: path, oldBlob: oldID, newBlob: nil, oldMode: oldMode))
            }
            try compare(oldSubtree, newSubtree, base: path + "/", scope: scope, trees: trees, into: &result)
            if !newIsTree, let newID {
                result.append(PathChange(status: .added, path: path, oldBlob: nil, newBlob: newID, newMode: newMode))
            }
            return
        }
        switch (oldID, newID) {
        case (nil, let added?):
            result.append(PathChange(status: .added, path: path, oldBlob: nil, newBlob: added, newMode: newMode))
        case (let deleted?, nil):
            result.append(PathChange(status: .deleted, path: path, oldBlob: deleted, newBlob: nil, oldMode: oldMode))
        case (let before?, let after?):
            let sameMode = old.map(git_tree_entry_filemode) == new.map(git_tree_entry_filemode)
            let status: PathChange.Status = sameMode || isRegularModeChange(old, new) ? .modified : .typeChanged
            result.append(PathChange(status: status, path: path, oldBlob: before, newBlob: after, oldMode: oldMode, newMode: newMode))
        case (nil, nil):
            break
        }
    }

    /// 100644 ↔ 100755 is a modification, as git reports it; blob ↔ symlink or submodule is a type change.
    private func isRegularModeChange(_ old: OpaquePointer?, _ new: OpaquePointer?) -> Bool {
        let regular: Set<UInt32> = [GIT_FILEMODE_BLOB.rawValue, GIT_FILEMODE_BLOB_EXECUTABLE.rawValue]
        guard let old, let new else { return false }
        return regular.contains(git_tree_entry_filemode(old).rawValue) && regular.contains(git_tree_entry_filemode(new).rawValue)
    }
}

/// Which paths a limited comparison looks at: those under a prefix, and the folders leading to one.
private struct PathScope {
    let prefixes: [String]

    func admits(_ path: String) -> Bool {
        guard !prefixes.isEmpty else { return true }
        return prefixes.contains { prefix in
            prefix == path || prefix.hasPrefix(path + "/") || path.hasPrefix(prefix + "/")
        }
    }
}
