import Foundation
import GitKit

/// The cryptographic half of checking a commit's signature: whether it is signed and
/// whether the signature verifies the commit's bytes. It needs no rules, so the replay
/// computes it ahead of the judging and in parallel (`HistoryPrefetch`); whose key it is,
/// and whether that key was active, is judged in order by the `Verifier`.
enum SignatureCheck: Sendable {
    case unsigned
    /// The `gpgsig` header is not an SSH signature Galley can read.
    case malformed(String)
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
            self = .malformed(error.message)
        }
    }

    /// Reads and checks `commit`'s signature (a second read of the object only when it is signed).
    static func read(_ commit: Commit, in repository: Repository) throws(GalleyError) -> SignatureCheck {
        guard commit.isSigned else { return .unsigned }
        return SignatureCheck(try git("reading the signature of \(commit.id.short)", { () throws(GitError) in
            try repository.commitSignature(commit.id)
        }))
    }
}
