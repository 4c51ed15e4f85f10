import Foundation
import GitKit

/// The cryptographic half of checking a commit's signature: whether it is signed and
/// whether the signature verifies the commit's bytes. It needs no rules, so the replay
/// computes it ahead of the judging and in parallel (`HistoryPrefetch`); whose key it is,
/// and whether that key was active, is judged in order by the `Verifier`.
enum SignatureCheck: Sendable {
    case unsigned
    /// The `gpgsig` header is not an SSH signature Galley can read.
    case malformed(GalleyError)
    case checked(SSHSignature, valid: Bool)

    init(_ signed: (signature: Data, signedData: Data)?) {
        guard let signed else {
            self = .unsigned
            return
        }
        do {
            let signature = try SSHSignature.parse(signed.signature)
            self = .checked(signature, valid: signature.verifies(signed.signedData))
        } catch {
            self = .malformed(error)
        }
    }

    /// Reads and checks `commit`'s signature.
    static func read(_ commit: Commit, in repository: Repository) throws(GalleyError) -> SignatureCheck {
        SignatureCheck(try signedContent(of: commit, in: repository))
    }

    /// The signature and the bytes it signs, nil when unsigned (a second read of the object only when signed).
    static func signedContent(of commit: Commit, in repository: Repository) throws(GalleyError) -> (signature: Data, signedData: Data)? {
        guard commit.isSigned else { return nil }
        return try git("reading the signature of \(commit.id.short)", { () throws(GitError) in
            try repository.commitSignature(commit.id)
        })
    }
}

extension SignatureCheck {
    /// Checks the batch's signatures ahead of the judging: read here, then verified in
    /// parallel (ed25519 costs ~90 µs a commit, the largest part of a signed replay).
    static func checkAhead(_ batch: inout [PreparedCommit], in repository: Repository) throws(GalleyError) {
        var signed: [(index: Int, content: (signature: Data, signedData: Data))] = []
        for index in batch.indices {
            if let content = try signedContent(of: batch[index].commit, in: repository) {
                signed.append((index, content))
            } else {
                batch[index].signature = .unsigned
            }
        }
        guard !signed.isEmpty else { return }
        let contents = signed.map(\.content)
        var checks = [SignatureCheck](repeating: .unsigned, count: contents.count)
        checks.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: contents.count) { item in
                results[item] = SignatureCheck(contents[item])  // each item writes only its own slot
            }
        }
        for (item, entry) in signed.enumerated() { batch[entry.index].signature = checks[item] }
    }
}
