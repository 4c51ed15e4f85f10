internal import CGit2

/// File-level differences between two trees.
extension Repository {
    /// Tree-to-tree diff (no rename detection), optionally limited to paths under the given prefixes.
    /// Prefixes are literal paths (a file or a folder), not globs.
    public func changes(from oldTree: ObjectID?, to newTree: ObjectID?,
                        under prefixes: [String] = []) throws(GitError) -> [PathChange] {
        var oldObject: OpaquePointer? = nil
        defer { git_tree_free(oldObject) }
        if let oldTree { oldObject = try lookupTree(oldTree) }
        var newObject: OpaquePointer? = nil
        defer { git_tree_free(newObject) }
        if let newTree { newObject = try lookupTree(newTree) }

        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        options.flags = GIT_DIFF_INCLUDE_TYPECHANGE.rawValue | GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue
        var pathspec = try StringArray(prefixes)
        defer { pathspec.free() }
        var out: OpaquePointer? = nil
        let rc = pathspec.withStrArray { array in
            options.pathspec = array
            return git_diff_tree_to_tree(&out, pointer, oldObject, newObject, &options)
        }
        try check(rc, "git_diff_tree_to_tree")
        guard let diff = out else { throw Self.missing("git_diff_tree_to_tree") }
        defer { git_diff_free(diff) }

        let count = git_diff_num_deltas(diff)
        var result: [PathChange] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            let status: PathChange.Status
            switch delta.status {
            case GIT_DELTA_ADDED: status = .added
            case GIT_DELTA_DELETED: status = .deleted
            case GIT_DELTA_TYPECHANGE: status = .typeChanged
            default: status = .modified
            }
            let file = status == .deleted ? delta.old_file : delta.new_file
            let path = file.path.map { String(cString: $0) } ?? ""
            let oldBlob = status == .added ? nil : ObjectID(delta.old_file.id)
            let newBlob = status == .deleted ? nil : ObjectID(delta.new_file.id)
            result.append(PathChange(status: status, path: path, oldBlob: oldBlob, newBlob: newBlob))
        }
        return result
    }
}
