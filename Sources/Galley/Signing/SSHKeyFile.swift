import Foundation

/// A signing key file as git's `user.signingkey` may name it: an OpenSSH
/// private key (`-----BEGIN OPENSSH PRIVATE KEY-----`), or a `.pub` file whose
/// private half lives in ssh-agent. The public half of a private key file is
/// stored unencrypted, so the owner of the key can be checked even when the
/// file has a passphrase; only an unencrypted ed25519 key yields `seed`.
struct SSHKeyFile {
    let publicKey: SSHPublicKey
    /// The 32-byte ed25519 private seed; nil when the key is encrypted or only public.
    let seed: [UInt8]?

    private static let begin = "-----BEGIN OPENSSH PRIVATE KEY-----"
    private static let end = "-----END OPENSSH PRIVATE KEY-----"
    private static let magic = Array("openssh-key-v1\0".utf8)

    static func parse(_ text: String, path: String) throws(GalleyError) -> SSHKeyFile {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix(begin) else {
            if trimmed.hasPrefix("-----BEGIN") {
                throw GalleyError(.refused, .signer(.pemKey(path: path)))
            }
            // A public key file: the private half must be in ssh-agent.
            let line = trimmed.split(separator: "\n").first.map(String.init) ?? ""
            do {
                return SSHKeyFile(publicKey: try SSHPublicKey.parse(line), seed: nil)
            } catch {
                throw GalleyError(.refused, .signer(.signingKeyFileUnusable(path: path, cause: ErrorCause(error))))
            }
        }
        guard trimmed.hasSuffix(end) else { throw GalleyError(.refused, .signer(.truncatedKey(path: path))) }
        let body = trimmed.dropFirst(begin.count).dropLast(end.count).filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: String(body)) else { throw GalleyError(.refused, .signer(.keyNotBase64(path: path))) }
        var reader = SSHWireReader(data)
        guard reader.raw(magic.count) == magic, let cipher = reader.text(), reader.text() != nil, reader.string() != nil,
            let count = reader.uint32(), count == 1, let publicBlob = reader.string(), let privateSection = reader.string()
        else { throw GalleyError(.refused, .signer(.notOpenSSHKey(path: path))) }
        guard let publicKey = SSHPublicKey(blob: publicBlob) else {
            throw GalleyError(.refused, .signer(.notEd25519Key(path: path)))
        }
        guard cipher == "none" else { return SSHKeyFile(publicKey: publicKey, seed: nil) }
        var secret = SSHWireReader(privateSection)
        guard let check1 = secret.uint32(), let check2 = secret.uint32(), check1 == check2,
            secret.text() == SSHPublicKey.ed25519, secret.string() == publicKey.rawKey,
            let both = secret.string(), both.count == 64, Array(both[32...]) == publicKey.rawKey
        else { throw GalleyError(.refused, .signer(.halvesDoNotMatch(path: path))) }
        return SSHKeyFile(publicKey: publicKey, seed: Array(both[..<32]))
    }
}
