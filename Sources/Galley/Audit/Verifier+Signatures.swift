import Foundation
import GitKit

/// Signature checks of the replay. A signature that does not verify, or whose
/// key is not an active key of the person the commit names, is always a
/// violation; once `signing: required` is in force (or turned on by the commit
/// itself) an unsigned commit is one too. Keys are judged by the people.yaml in
/// force in the parent, never by the commit's date, which anyone can write.
extension Verifier {
    /// `precomputed`: the signature's cryptographic check, when the replay made it ahead.
    /// Returns whether the commit carries a signature at all (a bad one is reported here).
    @discardableResult
    mutating func checkSignature(
        _ commit: Commit, message: CommitMessage?, people: People, required: Bool, precomputed: SignatureCheck? = nil
    ) throws(GalleyError) -> Bool {
        let id = commit.id.hex
        let article = message?.trailers.article
        let check: SignatureCheck
        if let precomputed {
            check = precomputed
        } else {
            check = try SignatureCheck.read(commit, in: repository)
        }
        // The person the commit names: its trailers, else (a plain git commit) its author's email.
        let named = message.map { people.person($0.trailers.actor) } ?? people.person(email: commit.author.email)
        let signature: SSHSignature
        switch check {
        case .unsigned:
            if required {
                report(id, article, .unsigned, "the commit is not signed, but galley.yaml requires signed steps (signing: required)")
            }
            return false
        case .malformed(let reason):
            report(id, article, .badSignature, reason)
            return true
        case .checked(let checked, let valid):
            guard valid else {
                report(id, article, .badSignature,
                       "the signature by \(checked.publicKey.fingerprint) does not match the commit (its content changed after signing, or the signature is forged)")
                return true
            }
            signature = checked
        }
        let key = signature.publicKey
        guard let named else {
            report(id, article, .wrongKey, "signed with \(key.fingerprint), but the commit names nobody in people.yaml")
            return true
        }
        guard !named.hasActiveKey(key) else { return true }
        if named.keys.contains(where: { $0.key == key }) {
            report(id, article, .wrongKey,
                   "signed with \(key.fingerprint), a key of \(named.id) that was revoked before this commit (by the people.yaml of its parent)")
        } else if let owner = people.people.first(where: { person in person.keys.contains { $0.key == key } }) {
            report(id, article, .wrongKey, "signed with \(key.fingerprint), a key of \(owner.id), but the commit names \(named.id)")
        } else {
            report(id, article, .wrongKey, "signed with \(key.fingerprint), which people.yaml does not list for \(named.id)")
        }
        return true
    }
}
