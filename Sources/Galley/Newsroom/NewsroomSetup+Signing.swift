import Foundation

/// `galley init --admin-key`: a signed newsroom, signed from its first commit. The admin's
/// public key goes into the initial people.yaml, galley.yaml says `signing: required`, and the
/// init commit is signed with the matching private key, found where every later step finds it
/// (`SigningKeyLocation`) — so a newsroom that cannot sign its first step is never created.
extension Newsroom {
    /// The signer for the init commit: the configured private key, which must be the admin's.
    static func initSigner(for key: SSHPublicKey, keyFile: String) throws(GalleyError) -> CommitSigner {
        guard let location = try SigningKeyLocation.locateOutsideRepository() else {
            throw GalleyError(refusal: .signing(.noPrivateKeyForInit(fingerprint: key.fingerprint, privateHalf: privateHalf(of: keyFile))))
        }
        let signer = try CommitSigner.load(location)
        guard signer.publicKey == key else {
            signer.cleanUp()
            throw GalleyError(
                refusal: .signing(.initKeyMismatch(adminKey: key.fingerprint, signingKey: signer.publicKey.fingerprint, origin: location.origin)))
        }
        return signer
    }

    /// `id_ed25519` beside `id_ed25519.pub`, when it is there: the likely private half, for the hint.
    private static func privateHalf(of keyFile: String) -> String? {
        guard keyFile.hasSuffix(".pub") else { return nil }
        let candidate = String(keyFile.dropLast(".pub".count))
        return FileManager.default.isReadableFile(atPath: candidate) ? candidate : nil
    }
}
