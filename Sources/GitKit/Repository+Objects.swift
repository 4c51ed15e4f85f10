internal import CGit2
import Foundation

/// Reading and writing raw objects: blobs and commits.
extension Repository {
    /// The commit `id`, fully decoded.
    public func commit(_ id: ObjectID) throws(GitError) -> Commit {
        let commit = try lookupCommit(id)
        defer { git_commit_free(commit) }
        var parents: [ObjectID] = []
        let count = git_commit_parentcount(commit)
        parents.reserveCapacity(Int(count))
        for index in 0..<count {
            guard let parent = git_commit_parent_id(commit, index) else { throw Self.missing("git_commit_parent_id") }
            parents.append(ObjectID(parent))
        }
        guard let tree = git_commit_tree_id(commit) else { throw Self.missing("git_commit_tree_id") }
        guard let author = git_commit_author(commit) else { throw Self.missing("git_commit_author") }
        guard let committer = git_commit_committer(commit) else { throw Self.missing("git_commit_committer") }
        let message = git_commit_message(commit).map { String(cString: $0) } ?? ""
        return Commit(id: id, tree: ObjectID(tree), parents: parents,
                      author: Signature(author), committer: Signature(committer), message: message,
                      isSigned: git_commit_raw_header(commit).map(Self.holdsSignatureField) ?? false)
    }

    /// Whether a raw commit header has a line starting `gpgsig ` (the field `commitSignature` reads).
    private static func holdsSignatureField(_ header: UnsafePointer<CChar>) -> Bool {
        let field = Array("gpgsig ".utf8CString.dropLast())
        var lineStart = true
        var cursor = header
        while cursor.pointee != 0 {
            if lineStart && cursor.pointee == field[0] {
                var matched = 1
                while matched < field.count && cursor[matched] == field[matched] { matched += 1 }
                if matched == field.count { return true }
            }
            lineStart = cursor.pointee == 0x0A
            cursor += 1
        }
        return false
    }

    /// The contents of blob `id`.
    public func blobData(_ id: ObjectID) throws(GitError) -> Data {
        var oid = id.oid
        var out: OpaquePointer? = nil
        try check(git_blob_lookup(&out, pointer, &oid), "git_blob_lookup")
        guard let blob = out else { throw Self.missing("git_blob_lookup") }
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let content = git_blob_rawcontent(blob) else { return Data() }
        return Data(bytes: content, count: size)
    }

    /// The size in bytes of object `id`, from its header: the object is not inflated.
    public func objectSize(_ id: ObjectID) throws(GitError) -> Int {
        var odbOut: OpaquePointer? = nil
        try check(git_repository_odb(&odbOut, pointer), "git_repository_odb")
        guard let odb = odbOut else { throw Self.missing("git_repository_odb") }
        defer { git_odb_free(odb) }
        var oid = id.oid
        var size = 0
        var type = GIT_OBJECT_INVALID
        try check(git_odb_read_header(&size, &type, odb, &oid), "git_odb_read_header")
        return size
    }

    public func writeBlob(_ data: Data) throws(GitError) -> ObjectID {
        var oid = git_oid()
        let rc = data.withUnsafeBytes { raw -> Int32 in
            // libgit2 wants a non-NULL buffer even for an empty blob.
            var empty: UInt8 = 0
            if let base = raw.baseAddress, raw.count > 0 {
                return git_blob_create_from_buffer(&oid, pointer, base, raw.count)
            }
            return git_blob_create_from_buffer(&oid, pointer, &empty, 0)
        }
        try check(rc, "git_blob_create_from_buffer")
        return ObjectID(oid)
    }

    /// Writes a commit object only (`update_ref` = NULL); moving a branch is `updateReference`'s job,
    /// so the compare-and-swap stays explicit.
    public func createCommit(tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature,
                             message: String) throws(GitError) -> ObjectID {
        var oid = git_oid()
        let rc = try withCommitParts(tree: tree, parents: parents, author: author, committer: committer) {
            authorSignature, committerSignature, treeObject, parentObjects in
            message.withCString { messagePointer in
                parentObjects.withUnsafeMutableBufferPointer { buffer in
                    git_commit_create(&oid, pointer, nil, authorSignature, committerSignature, nil, messagePointer,
                                      treeObject, buffer.count, buffer.baseAddress)
                }
            }
        }
        try check(rc, "git_commit_create")
        return ObjectID(oid)
    }

    /// The C objects a new commit is made of (signatures, tree, parents), looked up and
    /// freed around `body` — shared by plain and signed commit creation.
    func withCommitParts<T>(
        tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature,
        _ body: (UnsafeMutablePointer<git_signature>, UnsafeMutablePointer<git_signature>, OpaquePointer, inout [OpaquePointer?]) -> T
    ) throws(GitError) -> T {
        let authorSignature = try author.makeGitSignature()
        defer { git_signature_free(authorSignature) }
        let committerSignature = try committer.makeGitSignature()
        defer { git_signature_free(committerSignature) }
        let treeObject = try lookupTree(tree)
        defer { git_tree_free(treeObject) }
        var parentObjects: [OpaquePointer?] = []
        defer { for parent in parentObjects { git_commit_free(parent) } }
        for parent in parents {
            parentObjects.append(try lookupCommit(parent))
        }
        return body(authorSignature, committerSignature, treeObject, &parentObjects)
    }

    /// A `git_commit` the caller must free.
    func lookupCommit(_ id: ObjectID) throws(GitError) -> OpaquePointer {
        var oid = id.oid
        var out: OpaquePointer? = nil
        try check(git_commit_lookup(&out, pointer, &oid), "git_commit_lookup")
        guard let commit = out else { throw Self.missing("git_commit_lookup") }
        return commit
    }

    /// A `git_tree` the caller must free.
    func lookupTree(_ id: ObjectID) throws(GitError) -> OpaquePointer {
        var oid = id.oid
        var out: OpaquePointer? = nil
        try check(git_tree_lookup(&out, pointer, &oid), "git_tree_lookup")
        guard let tree = out else { throw Self.missing("git_tree_lookup") }
        return tree
    }
}
