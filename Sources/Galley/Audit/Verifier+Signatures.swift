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
                report(id, article, .unsigned, .unsigned)
            }
            return false
        case .malformed(let reason):
            report(id, article, .badSignature, .malformedSignature(reason: .init(reason)))
            return true
        case .checked(let checked, let valid):
            guard valid else {
                report(id, article, .badSignature,
                       .signatureMismatch(fingerprint: checked.publicKey.fingerprint))
                return true
            }
            signature = checked
        }
        let key = signature.publicKey
        guard let named else {
            report(id, article, .wrongKey, .keyOfNobody(fingerprint: key.fingerprint))
            return true
        }
        guard !named.hasActiveKey(key) else { return true }
        if named.keys.contains(where: { $0.key == key }) {
            report(id, article, .wrongKey,
                   .revokedKey(fingerprint: key.fingerprint, person: named.id))
        } else if let owner = people.people.first(where: { person in person.keys.contains { $0.key == key } }) {
            report(id, article, .wrongKey, .someoneElsesKey(fingerprint: key.fingerprint, owner: owner.id, named: named.id))
        } else {
            report(id, article, .wrongKey, .unlistedKey(fingerprint: key.fingerprint, person: named.id))
        }
        return true
    }
}
