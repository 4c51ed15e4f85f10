internal import CGit2

extension ObjectID {
    /// The id git gives a blob of these bytes (`git hash-object`), computed without the
    /// repository: `verify` compares it with a commit's blob id instead of reading the blob
    /// back, when it already knows the bytes a step must have written.
    public static func blob(hashing bytes: UnsafeRawBufferPointer) throws(GitError) -> ObjectID {
        try GitRuntime.ensureInitialised()
        var oid = git_oid()
        // libgit2 wants a non-NULL buffer even for an empty blob.
        var empty: UInt8 = 0
        let rc: Int32
        if let base = bytes.baseAddress, bytes.count > 0 {
            rc = git_odb_hash(&oid, base, bytes.count, GIT_OBJECT_BLOB)
        } else {
            rc = git_odb_hash(&oid, &empty, 0, GIT_OBJECT_BLOB)
        }
        try check(rc, "git_odb_hash")
        return ObjectID(oid)
    }
}
