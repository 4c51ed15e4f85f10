import Crypto
import Foundation

/// A person's desk key: the ed25519 key pair the web desk signs their steps with in a
/// newsroom with `signing: required`. Its public half is one of the person's keys in
/// `people.yaml`; its private half exists in clear only in memory, opened from its sealed
/// form with the person's password at sign-in (`SealedDeskKey`), never on disk.
public struct DeskKey: Sendable {
    public let publicKey: SSHPublicKey
    /// The 32-byte ed25519 seed (the private key).
    let seed: [UInt8]

    /// Fails (nil) unless `seed` is an ed25519 seed whose public half is `publicKey`.
    init?(seed: [UInt8], publicKey: SSHPublicKey) {
        guard seed.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed),
            Array(key.publicKey.rawRepresentation) == publicKey.rawKey
        else { return nil }
        self.seed = seed
        self.publicKey = publicKey
    }

    /// A new random key pair (swift-crypto's generator draws from the system's).
    static func generate() throws(GalleyError) -> DeskKey {
        let key = Curve25519.Signing.PrivateKey()
        var writer = SSHWireWriter()
        writer.string(SSHPublicKey.ed25519)
        writer.string(Array(key.publicKey.rawRepresentation))
        guard let publicKey = SSHPublicKey(blob: writer.bytes), let made = DeskKey(seed: Array(key.rawRepresentation), publicKey: publicKey)
        // English only on purpose: a key swift-crypto just made always round-trips; an invariant, unreachable.
        else { throw .failure("internal: a new ed25519 key does not round-trip") }
        return made
    }

    /// The write path's signer for this key: native signing, no process, no file.
    var signer: CommitSigner { CommitSigner(publicKey: publicKey, method: .native(seed: seed), origin: "the desk key") }
}

/// A desk key shows only its fingerprint, in any message, log line or test failure that
/// prints it (`"\(key)"`, `dump`, a debugger): the seed never leaves through a description.
extension DeskKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "desk key \(publicKey.fingerprint)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["publicKey": publicKey.fingerprint]) }
}
