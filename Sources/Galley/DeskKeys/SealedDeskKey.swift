import Crypto
import Foundation

/// A desk key's private half sealed with its person's password: scrypt (as `PasswordHash`,
/// but with a salt of its own, so the password file never holds the sealing key) derives a
/// 256-bit key, and ChaCha20-Poly1305 encrypts and authenticates the seed. The person's id
/// and the public key are authenticated too: a line moved to another person, or given
/// another public key, does not open. Without the password the line is useless.
public struct SealedDeskKey: Sendable, Equatable {
    public let publicKey: SSHPublicKey
    var costLog2: Int
    var blockSize: Int
    var parallelism: Int
    var salt: [UInt8]
    /// nonce ‖ ciphertext ‖ tag (swift-crypto's `combined`).
    var box: [UInt8]

    static let scheme = "scrypt-chachapoly"

    /// Seals `key` for person `id` under `password`, with a fresh salt and nonce.
    static func seal(_ key: DeskKey, id: String, password: String, costLog2: Int = PasswordHash.defaultCostLog2) throws(GalleyError) -> SealedDeskKey {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<PasswordHash.saltBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let sealing = try PasswordHash.derive(password, salt: salt, costLog2: costLog2, blockSize: 8, parallelism: 1)
        do {
            let sealed = try ChaChaPoly.seal(
                key.seed, using: SymmetricKey(data: sealing), authenticating: associatedData(id: id, publicKey: key.publicKey))
            return SealedDeskKey(publicKey: key.publicKey, costLog2: costLog2, blockSize: 8, parallelism: 1, salt: salt, box: Array(sealed.combined))
        } catch {
            // English only on purpose: ChaChaPoly with a 32-byte key from scrypt does not fail; unreachable.
            throw .failure("sealing the desk key failed: \(error)")
        }
    }

    /// The key, when `password` is the one it was sealed with for `id` and nothing was altered; nil otherwise.
    func open(id: String, password: String) -> DeskKey? {
        guard password.utf8.count <= PasswordHash.maximumLength,
            let sealing = try? PasswordHash.derive(password, salt: salt, costLog2: costLog2, blockSize: blockSize, parallelism: parallelism),
            let sealed = try? ChaChaPoly.SealedBox(combined: box),
            let seed = try? ChaChaPoly.open(sealed, using: SymmetricKey(data: sealing), authenticating: Self.associatedData(id: id, publicKey: publicKey))
        else { return nil }
        return DeskKey(seed: Array(seed), publicKey: publicKey)
    }

    private static func associatedData(id: String, publicKey: SSHPublicKey) -> Data {
        var writer = SSHWireWriter()
        writer.string("galley desk key v1")
        writer.string(id)
        writer.string(publicKey.blob)
        return Data(writer.bytes)
    }

    /// `ssh-ed25519 AAAA… scrypt-chachapoly$15$8$1$SALT$BOX`: a person's line of the desk-keys file, after their id.
    var encoded: String {
        "\(publicKey.openSSH) \(Self.scheme)$\(costLog2)$\(blockSize)$\(parallelism)$\(Data(salt).base64EncodedString())$\(Data(box).base64EncodedString())"
    }

    /// Reads `encoded`'s form back; nil when the text is not one.
    init?(encoded text: Substring) {
        let fields = text.split(separator: " ")
        guard fields.count == 3, let publicKey = try? SSHPublicKey.parse("\(fields[0]) \(fields[1])") else { return nil }
        let parts = fields[2].split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == Self.scheme, let cost = Int(parts[1]), let block = Int(parts[2]), let parallel = Int(parts[3]),
            let salt = Data(base64Encoded: String(parts[4])), let box = Data(base64Encoded: String(parts[5])), !salt.isEmpty, !box.isEmpty
        else { return nil }
        self.init(publicKey: publicKey, costLog2: cost, blockSize: block, parallelism: parallel, salt: Array(salt), box: Array(box))
    }

    init(publicKey: SSHPublicKey, costLog2: Int, blockSize: Int, parallelism: Int, salt: [UInt8], box: [UInt8]) {
        self.publicKey = publicKey
        self.costLog2 = costLog2
        self.blockSize = blockSize
        self.parallelism = parallelism
        self.salt = salt
        self.box = box
    }
}
