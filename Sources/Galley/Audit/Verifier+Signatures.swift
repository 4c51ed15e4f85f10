import Foundation
import GitKit

/// Signature checks of the replay. A signature that does not verify, or whose
/// key is not an active key of the person the commit names, is always a
/// violation; once `signing: required` is in force (or turned on by the commit
/// itself) an unsigned commit is one too. Keys are judged by the people.yaml in
/// force in the parent, never by the commit's date, which anyone can write.
extension Verifier {
    mutating func checkSignature(
        _ commit: Commit, message: CommitMessage?, people: People, required: Bool
    ) throws(GalleyError) {
        let repository = self.repository
        let id = commit.id.hex
        let article = message?.trailers.article
        let signed = commit.isSigned
            ? try git("reading the signature of \(commit.id.short)", { () throws(GitError) in try repository.commitSignature(commit.id) })
            : nil
        // The person the commit names: its trailers, else (a plain git commit) its author's email.
        let named = message.map { people.person($0.trailers.actor) } ?? people.person(email: commit.author.email)
        guard let signed else {
            if required {
                report(id, article, .unsigned, "the commit is not signed, but galley.yaml requires signed steps (signing: required)")
            }
            return
        }
        let signature: SSHSignature
        do {
            signature = try SSHSignature.parse(signed.signature)
        } catch {
            report(id, article, .badSignature, error.message)
            return
        }
        guard signature.verifies(signed.signedData) else {
            report(id, article, .badSignature,
                   "the signature by \(signature.publicKey.fingerprint) does not match the commit (its content changed after signing, or the signature is forged)")
            return
        }
        let key = signature.publicKey
        guard let named else {
            report(id, article, .wrongKey, "signed with \(key.fingerprint), but the commit names nobody in people.yaml")
            return
        }
        guard !named.hasActiveKey(key) else { return }
        if named.keys.contains(where: { $0.key == key }) {
            report(id, article, .wrongKey,
                   "signed with \(key.fingerprint), a key of \(named.id) that was revoked before this commit (by the people.yaml of its parent)")
        } else if let owner = people.people.first(where: { person in person.keys.contains { $0.key == key } }) {
            report(id, article, .wrongKey, "signed with \(key.fingerprint), a key of \(owner.id), but the commit names \(named.id)")
        } else {
            report(id, article, .wrongKey, "signed with \(key.fingerprint), which people.yaml does not list for \(named.id)")
        }
    }
}
