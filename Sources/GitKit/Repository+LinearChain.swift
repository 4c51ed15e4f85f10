internal import CGit2

/// A replay's list of commits when history is one chain, in a fraction of the memory of
/// libgit2's walk: a topological, reversed `git_revwalk` holds every commit's node
/// (~190 MB at a million commits); this holds 24 bytes per commit.
extension Repository {
    /// The commits from `tip` back to (not including) `stop`, oldest first, when that stretch
    /// is a single chain: no merge on the way, and `stop` met (or a root reached when `stop`
    /// is nil). nil otherwise: the caller walks with `commitWalker` instead.
    public func linearChain(from tip: ObjectID, to stop: ObjectID?) throws(GitError) -> [ObjectID]? {
        var odbOut: OpaquePointer? = nil
        try check(git_repository_odb(&odbOut, pointer), "git_repository_odb")
        guard let odb = odbOut else { throw Self.missing("git_repository_odb") }
        defer { git_odb_free(odb) }
        var chain: [ObjectID] = []
        var current: ObjectID? = tip
        while let id = current, id != stop {
            chain.append(id)
            switch try Self.parents(of: id, in: odb) {
            case .none: current = nil
            case .one(let parent): current = parent
            case .several: return nil
            }
        }
        guard current == stop else { return nil }  // walked to a root without meeting `stop`
        chain.reverse()
        return chain
    }

    private enum Parents {
        case none
        case one(ObjectID)
        case several
    }

    /// The parents named in a commit object's header (read raw, past libgit2's object cache).
    private static func parents(of id: ObjectID, in odb: OpaquePointer) throws(GitError) -> Parents {
        var oid = id.oid
        var out: OpaquePointer? = nil
        try check(git_odb_read(&out, odb, &oid), "git_odb_read")
        guard let object = out else { throw missing("git_odb_read") }
        defer { git_odb_object_free(object) }
        guard git_odb_object_type(object) == GIT_OBJECT_COMMIT, let raw = git_odb_object_data(object) else {
            throw GitError(code: .invalid, message: "\(id.short) is not a commit", operation: "linearChain")
        }
        let bytes = UnsafeRawBufferPointer(start: raw, count: git_odb_object_size(object))
        // Header lines: "tree <hex>\n", then one "parent <hex>\n" per parent, then author, …
        let prefix = Array("parent ".utf8)
        var found: ObjectID?
        var lineStart = 0
        while lineStart < bytes.count {
            guard let end = bytes[lineStart...].firstIndex(of: 0x0A), end > lineStart else { break }  // blank line: header over
            if end - lineStart == prefix.count + 40, bytes[lineStart..<(lineStart + prefix.count)].elementsEqual(prefix) {
                let hex = String(decoding: bytes[(lineStart + prefix.count)..<end], as: UTF8.self)
                guard let parent = ObjectID(hex: hex) else {
                    throw GitError(code: .invalid, message: "\(id.short) names a malformed parent", operation: "linearChain")
                }
                if found != nil { return .several }
                found = parent
            }
            lineStart = end + 1
        }
        return found.map { .one($0) } ?? .none
    }
}
