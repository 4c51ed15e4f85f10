import Foundation

/// Signs commit objects with the acting person's SSH key, in git's SSHSIG
/// format (namespace `git`, sha512). An unencrypted OpenSSH ed25519 key is
/// signed natively with swift-crypto (no process per commit); anything else —
/// a passphrase-protected key, a key held by ssh-agent — goes through
/// `ssh-keygen -Y sign`, which can prompt or ask the agent.
struct CommitSigner {
    enum Method {
        case native(seed: [UInt8])
        /// `ssh-keygen -Y sign -f PATH`; `temporary` is removed after use (git's `key::` literal).
        case sshKeygen(path: String, temporary: Bool)
    }

    let publicKey: SSHPublicKey
    let method: Method
    let origin: String

    static func load(
        _ location: SigningKeyLocation, environment: [String: String] = ProcessEnvironment.subset([SigningKeyLocation.methodVariable])
    ) throws(GalleyError) -> CommitSigner {
        let forceExternal = environment[SigningKeyLocation.methodVariable] == "ssh-keygen"
        if let literal = location.literalPublicKey {
            let key: SSHPublicKey
            do { key = try SSHPublicKey.parse(literal) } catch { throw GalleyError(.refused, .signer(.signingKeyLiteralUnusable(origin: location.origin, cause: ErrorCause(error)))) }
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("galley-key-\(UUID().uuidString).pub").path
            guard FileManager.default.createFile(atPath: path, contents: Data((key.openSSH + "\n").utf8)) else {
                throw GalleyError(.failure, .signer(.temporaryPublicKeyNotWritten))
            }
            return CommitSigner(publicKey: key, method: .sshKeygen(path: path, temporary: true), origin: location.origin)
        }
        let path = location.path ?? ""
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GalleyError(.refused, .signer(.signingKeyUnreadable(path: path, origin: location.origin)))
        }
        let file = try SSHKeyFile.parse(String(decoding: data, as: UTF8.self), path: path)
        if let seed = file.seed, !forceExternal {
            return CommitSigner(publicKey: file.publicKey, method: .native(seed: seed), origin: location.origin)
        }
        return CommitSigner(publicKey: file.publicKey, method: .sshKeygen(path: path, temporary: false), origin: location.origin)
    }

    /// The armored signature of `content`, without a trailing newline (as git stores it in `gpgsig`).
    func sign(_ content: Data) throws(GalleyError) -> String {
        switch method {
        case .native(let seed):
            return try SSHSignature.sign(content, seed: seed, publicKey: publicKey)
        case .sshKeygen(let path, _):
            let armored = try ExternalSigner.sign(content, keyPath: path)
            // Whatever signed it, the result must be a valid signature by the key we checked.
            guard let parsed = try? SSHSignature.parse(Data(armored.utf8)), parsed.publicKey == publicKey, parsed.verifies(content) else {
                throw GalleyError(.failure, .signer(.signatureNotValid(fingerprint: publicKey.fingerprint)))
            }
            return armored
        }
    }

    /// Removes a temporary key file, if any.
    func cleanUp() {
        if case .sshKeygen(let path, true) = method { try? FileManager.default.removeItem(atPath: path) }
    }
}
