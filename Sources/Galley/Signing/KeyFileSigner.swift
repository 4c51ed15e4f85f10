import Foundation

/// Galley's native commit signer for tools that write commit objects
/// themselves (the signed-history benchmark re-signs a fast-imported history):
/// an unencrypted OpenSSH ed25519 private key file, signing in git's SSHSIG
/// format exactly as a Galley step does. Encrypted or agent-held keys are
/// refused here; the write path handles those through `ssh-keygen`.
public struct KeyFileSigner: Sendable {
    public let publicKey: SSHPublicKey
    private let seed: [UInt8]

    public init(privateKeyFile path: String) throws(GalleyError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw GalleyError(.refused, .signer(.keyFileUnreadable(path: path))) }
        let file = try SSHKeyFile.parse(String(decoding: data, as: UTF8.self), path: path)
        guard let seed = file.seed else { throw GalleyError(.refused, .signer(.notUnencryptedKey(path: path))) }
        self.publicKey = file.publicKey
        self.seed = seed
    }

    /// The armored signature of `content` (`Repository.commitContent`), without a trailing newline,
    /// for `Repository.createSignedCommit`.
    public func sign(_ content: Data) throws(GalleyError) -> String {
        try SSHSignature.sign(content, seed: seed, publicKey: publicKey)
    }
}
