import Foundation
import GitKit

/// Signing on the write path: which key signs this step (or none), and
/// writing the commit object signed (DESIGN §2: `git_commit_create_buffer` →
/// sign → `git_commit_create_with_signature`).
extension Newsroom {
    /// The signer for `change`, judged at the tip: the configured key must be an active key of the
    /// acting person; with `signing: required` (in force, or turned on by this very change) a
    /// write without a usable key is refused. Nil: write unsigned.
    func signer(for change: Change, in snapshot: Snapshot) throws(GalleyError) -> CommitSigner? {
        let required = snapshot.config.signingRequired || change.turnsOnSigning
        let actor = change.actor
        if case .deskKey(let key) = signingSource {
            return try deskSigner(key, for: actor, required: required, in: snapshot)
        }
        guard let location = try SigningKeyLocation.locate(in: repository) else {
            guard !required else {
                throw .refused(
                    "this newsroom requires signed steps (galley.yaml signing: required), and no signing key is configured for \(actor.id): set GALLEY_SIGNING_KEY to your private key file, or git config galley.signingKey")
            }
            return nil
        }
        let signer = try CommitSigner.load(location)
        guard actor.hasActiveKey(signer.publicKey) else {
            signer.cleanUp()
            let listed = actor.keys.contains { $0.key == signer.publicKey }
            throw .refused(
                "the signing key \(signer.publicKey.fingerprint) (from \(location.origin)) is \(listed ? "revoked" : "not listed") for \(actor.id) in people.yaml: use your own active key, or ask an admin to run `galley people key add \(actor.id) FILE.pub`")
        }
        return signer
    }

    /// Writes the commit object, signed when there is a signer.
    func writeCommit(
        tree: ObjectID, parent: ObjectID?, signature: Signature, message: String, signer: CommitSigner?
    ) throws(GalleyError) -> ObjectID {
        let repository = self.repository
        let parents = parent.map { [$0] } ?? []
        guard let signer else {
            return try git("writing the commit", { () throws(GitError) in
                try repository.createCommit(tree: tree, parents: parents, author: signature, committer: signature, message: message)
            })
        }
        defer { signer.cleanUp() }
        let content = try git("preparing the commit", { () throws(GitError) in
            try repository.commitContent(tree: tree, parents: parents, author: signature, committer: signature, message: message)
        })
        let armored = try signer.sign(content)
        return try git("writing the signed commit", { () throws(GitError) in
            try repository.createSignedCommit(content: content, signature: armored)
        })
    }
}
