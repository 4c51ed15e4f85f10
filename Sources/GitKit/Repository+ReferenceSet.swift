internal import CGit2

/// References that are bookkeeping rather than history (remote-tracking tips, kept conflicts):
/// set without a compare-and-swap, listed by pattern, deleted.
extension Repository {
    /// Points `name` at `target`, creating or overwriting it.
    public func setReference(_ name: String, to target: ObjectID, logMessage: String) throws(GitError) {
        var id = target.oid
        var out: OpaquePointer? = nil
        let rc = name.withCString { namePointer in
            logMessage.withCString { git_reference_create(&out, pointer, namePointer, &id, 1, $0) }
        }
        try check(rc, "git_reference_create")
        git_reference_free(out)
    }

    /// Deletes `name`; nothing happens when it does not exist.
    public func deleteReference(_ name: String) throws(GitError) {
        var out: OpaquePointer? = nil
        let rc = name.withCString { git_reference_lookup(&out, pointer, $0) }
        if rc == GIT_ENOTFOUND.rawValue { return }
        try check(rc, "git_reference_lookup")
        guard let reference = out else { throw Self.missing("git_reference_lookup") }
        defer { git_reference_free(reference) }
        try check(git_reference_delete(reference), "git_reference_delete")
    }

    /// Names and targets of the references matching `glob` (e.g. `refs/notes/*`), sorted by name.
    public func references(matching glob: String) throws(GitError) -> [(name: String, target: ObjectID)] {
        var out: OpaquePointer? = nil
        try check(glob.withCString { git_reference_iterator_glob_new(&out, pointer, $0) }, "git_reference_iterator_glob_new")
        guard let iterator = out else { throw Self.missing("git_reference_iterator_glob_new") }
        defer { git_reference_iterator_free(iterator) }
        var result: [(name: String, target: ObjectID)] = []
        while true {
            var reference: OpaquePointer? = nil
            let rc = git_reference_next(&reference, iterator)
            if rc == GIT_ITEROVER.rawValue { break }
            try check(rc, "git_reference_next")
            guard let reference else { continue }
            defer { git_reference_free(reference) }
            if let target = git_reference_target(reference), let name = git_reference_name(reference) {
                result.append((String(cString: name), ObjectID(target)))
            }
        }
        return result.sorted { $0.name < $1.name }
    }
}
