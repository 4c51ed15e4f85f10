internal import CGit2
import Foundation

/// Signed commits (DESIGN §2): the unsigned commit text from `git_commit_create_buffer`, signed by the
/// caller, then written with the signature in its `gpgsig` header by `git_commit_create_with_signature`.
/// GitKit never signs or verifies: it only moves bytes, so the domain owns the cryptography.
extension Repository {
    /// The exact bytes of the commit object `createCommit` would write (without any signature header):
    /// what a signer signs and what `git verify-commit` later checks.
    public func commitContent(tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature,
                              message: String) throws(GitError) -> Data {
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let rc = try withCommitParts(tree: tree, parents: parents, author: author, committer: committer) {
            authorSignature, committerSignature, treeObject, parentObjects in
            message.withCString { messagePointer in
                parentObjects.withUnsafeMutableBufferPointer { parentsBuffer in
                    git_commit_create_buffer(&buffer, pointer, authorSignature, committerSignature, nil, messagePointer,
                                             treeObject, parentsBuffer.count, parentsBuffer.baseAddress)
                }
            }
        }
        try check(rc, "git_commit_create_buffer")
        return Self.data(of: buffer)
    }

    /// Writes a commit object from `content` (as returned by `commitContent`) with `signature` in its
    /// `gpgsig` header. Pass the armored signature without its trailing newline, as git stores it.
    /// Like `createCommit`, moves no reference.
    public func createSignedCommit(content: Data, signature: String) throws(GitError) -> ObjectID {
        guard !content.contains(0) else {
            throw GitError(code: .invalid, message: "commit content holds a NUL byte", operation: "git_commit_create_with_signature")
        }
        var oid = git_oid()
        let text = String(decoding: content, as: UTF8.self)
        let rc = text.withCString { contentPointer in
            signature.withCString { git_commit_create_with_signature(&oid, pointer, contentPointer, $0, nil) }
        }
        try check(rc, "git_commit_create_with_signature")
        return ObjectID(oid)
    }

    /// The `gpgsig` header of commit `id` and the bytes it signs (the commit without that header),
    /// or nil when the commit is unsigned.
    public func commitSignature(_ id: ObjectID) throws(GitError) -> (signature: Data, signedData: Data)? {
        var oid = id.oid
        var signature = git_buf()
        var signed = git_buf()
        defer {
            git_buf_dispose(&signature)
            git_buf_dispose(&signed)
        }
        let rc = git_commit_extract_signature(&signature, &signed, pointer, &oid, nil)
        // ENOTFOUND means "no signature" here: `id` was read as a commit by the caller already.
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "git_commit_extract_signature")
        return (Self.data(of: signature), Self.data(of: signed))
    }

    private static func data(of buffer: git_buf) -> Data {
        guard let bytes = buffer.ptr, buffer.size > 0 else { return Data() }
        return Data(bytes: bytes, count: buffer.size)
    }
}
