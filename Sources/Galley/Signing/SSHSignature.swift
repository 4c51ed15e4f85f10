import Crypto
import Foundation

/// OpenSSH's SSHSIG signature format (PROTOCOL.sshsig), which git writes into a
/// commit's `gpgsig` header when `gpg.format = ssh`: the message is hashed
/// (sha512), wrapped with a namespace (`git`) so a signature made for one
/// purpose cannot be replayed for another, and signed; the envelope carries
/// the public key and is armored as `-----BEGIN SSH SIGNATURE-----`.
struct SSHSignature {
    static let namespace = "git"
    private static let magic = Array("SSHSIG".utf8)
    private static let beginArmor = "-----BEGIN SSH SIGNATURE-----"
    private static let endArmor = "-----END SSH SIGNATURE-----"

    let publicKey: SSHPublicKey
    let namespace: String
    let hashAlgorithm: String
    /// The raw 64-byte ed25519 signature.
    let signature: [UInt8]

    /// The bytes the key actually signs for `message`.
    static func signedBlob(_ message: Data, namespace: String, hashAlgorithm: String) -> [UInt8]? {
        let digest: [UInt8]
        switch hashAlgorithm {
        case "sha512": digest = Array(SHA512.hash(data: message))
        case "sha256": digest = Array(SHA256.hash(data: message))
        default: return nil
        }
        var writer = SSHWireWriter()
        writer.raw(magic)
        writer.string(namespace)
        writer.string("")
        writer.string(hashAlgorithm)
        writer.string(digest)
        return writer.bytes
    }

    /// Signs `message` with an ed25519 seed; the armored text ends without a newline (as git stores it).
    static func sign(_ message: Data, seed: [UInt8], publicKey: SSHPublicKey) throws(GalleyError) -> String {
        guard let blob = signedBlob(message, namespace: namespace, hashAlgorithm: "sha512") else {
            // English only on purpose (and below): sha512 is always available, and signing with a 32-byte seed
            // already parsed does not fail; invariants no person can meet.
            throw .failure("internal: sha512 unavailable")
        }
        let raw: Data
        do {
            raw = try Curve25519.Signing.PrivateKey(rawRepresentation: seed).signature(for: blob)
        } catch {
            throw .failure("signing failed: \(error)")
        }
        return SSHSignature(publicKey: publicKey, namespace: namespace, hashAlgorithm: "sha512", signature: Array(raw)).armored
    }

    var armored: String {
        var sig = SSHWireWriter()
        sig.string(SSHPublicKey.ed25519)
        sig.string(signature)
        var writer = SSHWireWriter()
        writer.raw(Self.magic)
        writer.uint32(1)
        writer.string(publicKey.blob)
        writer.string(namespace)
        writer.string("")
        writer.string(hashAlgorithm)
        writer.string(sig.bytes)
        let base64 = Array(Data(writer.bytes).base64EncodedString())
        var lines = [Self.beginArmor]
        var start = 0
        while start < base64.count {
            lines.append(String(base64[start..<min(start + 70, base64.count)]))
            start += 70
        }
        lines.append(Self.endArmor)
        return lines.joined(separator: "\n")
    }

    /// Parses an armored SSHSIG; throws a sentence saying what is wrong with it.
    static func parse(_ data: Data) throws(GalleyError) -> SSHSignature {
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix(beginArmor), text.hasSuffix(endArmor) else {
            throw GalleyError(.invalidInput, .signer(.signatureNotSSH))
        }
        let body = text.dropFirst(beginArmor.count).dropLast(endArmor.count).filter { !$0.isWhitespace }
        guard let decoded = Data(base64Encoded: String(body)) else { throw GalleyError(.invalidInput, .signer(.signatureNotBase64)) }
        var reader = SSHWireReader(decoded)
        guard reader.raw(magic.count) == magic, reader.uint32() == 1, let keyBlob = reader.string(),
            let namespace = reader.text(), reader.string() != nil, let hash = reader.text(), let sigBlob = reader.string(),
            reader.isAtEnd
        else { throw GalleyError(.invalidInput, .signer(.signatureMalformed)) }
        guard let key = SSHPublicKey(blob: keyBlob) else {
            throw GalleyError(.invalidInput, .signer(.signatureKeyNotEd25519))
        }
        var sigReader = SSHWireReader(sigBlob)
        guard sigReader.text() == SSHPublicKey.ed25519, let raw = sigReader.string(), raw.count == 64 else {
            throw GalleyError(.invalidInput, .signer(.signatureValueMalformed))
        }
        return SSHSignature(publicKey: key, namespace: namespace, hashAlgorithm: hash, signature: raw)
    }

    /// Whether this signature is valid for `message` in the `git` namespace.
    func verifies(_ message: Data) -> Bool {
        guard namespace == Self.namespace, let blob = Self.signedBlob(message, namespace: namespace, hashAlgorithm: hashAlgorithm)
        else { return false }
        return publicKey.isValidSignature(signature, for: blob)
    }
}
