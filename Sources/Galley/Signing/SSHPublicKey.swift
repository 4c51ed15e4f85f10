import Crypto
import Foundation

/// An SSH public key as `authorized_keys`, `*.pub` files and allowed-signers
/// files write it: `ssh-ed25519 AAAA… comment`. Only ed25519 is accepted:
/// it is what `ssh-keygen` makes by default and swift-crypto verifies it
/// natively; RSA and ECDSA would need their own wire parsing and checks.
public struct SSHPublicKey: Sendable, Hashable {
    public static let ed25519 = "ssh-ed25519"

    /// The key type, always `ssh-ed25519` for now.
    public let algorithm: String
    /// The wire-encoded key blob (what the base64 field holds).
    public let blob: [UInt8]
    /// The 32 raw key bytes.
    let rawKey: [UInt8]

    /// Decodes a wire blob; nil unless it is a well-formed ed25519 key.
    init?(blob: [UInt8]) {
        var reader = SSHWireReader(blob)
        guard reader.text() == Self.ed25519, let key = reader.string(), key.count == 32, reader.isAtEnd else { return nil }
        self.algorithm = Self.ed25519
        self.blob = blob
        self.rawKey = key
    }

    /// Parses `TYPE BASE64 [comment]`; the comment is dropped (people.yaml names the person).
    public static func parse(_ line: String) throws(GalleyError) -> SSHPublicKey {
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count >= 2 else { throw problem(.notAKey) }
        guard fields[0] == ed25519 else { throw problem(.unsupportedType(fields[0])) }
        guard let data = Data(base64Encoded: fields[1]), let key = SSHPublicKey(blob: Array(data)) else { throw problem(.damaged) }
        return key
    }

    private static func problem(_ problem: SigningMessage.KeyProblem) -> GalleyError {
        GalleyError(.invalidInput, .signing(.publicKey(problem)))
    }

    /// `ssh-ed25519 AAAA…`, without a comment.
    public var openSSH: String { "\(algorithm) \(Data(blob).base64EncodedString())" }

    /// `SHA256:…` as `ssh-keygen -lf` prints it (unpadded base64 of the blob's SHA-256).
    public var fingerprint: String {
        var text = Data(SHA256.hash(data: blob)).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return "SHA256:" + text
    }

    /// Whether `signature` is this key's ed25519 signature of `message`.
    func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: rawKey) else { return false }
        return key.isValidSignature(signature, for: message)
    }
}
