import Crypto
import Foundation
import _CryptoExtras

/// One stored password: scrypt's parameters, a random salt of its own and the derived key.
/// scrypt, because it is memory-hard (a GPU or an ASIC pays for 32 MiB per guess, where
/// PBKDF2 costs only CPU time) and swift-crypto 3.12.3 ships it in `_CryptoExtras`
/// (BoringSSL's `EVP_PBE_scrypt`); the parameters travel with each hash so they can be
/// raised later without invalidating the passwords already set.
public struct PasswordHash: Sendable, Equatable {
    /// log2 of scrypt's N (CPU/memory cost): 2^15 × 128 × r = 32 MiB per derivation.
    public var costLog2: Int
    /// scrypt's r (block size) and p (parallelism).
    public var blockSize: Int
    public var parallelism: Int
    public var salt: [UInt8]
    public var key: [UInt8]

    /// The parameters new passwords get (RFC 7914 §2 interactive log-ins: r = 8, p = 1; N doubled twice).
    public static let defaultCostLog2 = 15
    static let saltBytes = 16
    static let keyBytes = 32
    /// A password shorter than this is refused: a newsroom desk is reachable by anyone on its network.
    public static let minimumLength = 10
    /// Bounded, so a huge "password" cannot make the server derive for long.
    public static let maximumLength = 1024

    /// A new hash of `password` with a fresh random salt.
    public static func make(_ password: String, costLog2: Int = defaultCostLog2) throws(GalleyError) -> PasswordHash {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let key = try derive(password, salt: salt, costLog2: costLog2, blockSize: 8, parallelism: 1)
        return PasswordHash(costLog2: costLog2, blockSize: 8, parallelism: 1, salt: salt, key: key)
    }

    /// Whether `password` is the one this hash was made from; compared in constant time.
    public func matches(_ password: String) -> Bool {
        guard let candidate = try? Self.derive(password, salt: salt, costLog2: costLog2, blockSize: blockSize, parallelism: parallelism)
        else { return false }
        guard candidate.count == key.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(candidate, key) { difference |= left ^ right }
        return difference == 0
    }

    static func derive(_ password: String, salt: [UInt8], costLog2: Int, blockSize: Int, parallelism: Int) throws(GalleyError) -> [UInt8] {
        guard (10...20).contains(costLog2), (1...16).contains(blockSize), (1...4).contains(parallelism) else {
            throw GalleyError(.failure, .localFile(.passwordParametersOutOfRange(costLog2: costLog2, blockSize: blockSize, parallelism: parallelism)))
        }
        do {
            let derived = try KDF.Scrypt.deriveKey(
                from: Array(password.precomposedStringWithCanonicalMapping.utf8), salt: salt, outputByteCount: keyBytes, rounds: 1 << costLog2, blockSize: blockSize,
                parallelism: parallelism)
            return derived.withUnsafeBytes { Array($0) }
        } catch {
            // English only on purpose: with the parameters checked above, swift-crypto's scrypt fails only when
            // memory cannot be allocated, which no person can act on; a can't-happen, not a sentence of the catalog.
            throw .failure("scrypt failed: \(error)")
        }
    }

    /// `scrypt$15$8$1$SALT$KEY` (base64): one line of the password file.
    public var encoded: String {
        "scrypt$\(costLog2)$\(blockSize)$\(parallelism)$\(Data(salt).base64EncodedString())$\(Data(key).base64EncodedString())"
    }

    public init(costLog2: Int, blockSize: Int, parallelism: Int, salt: [UInt8], key: [UInt8]) {
        self.costLog2 = costLog2
        self.blockSize = blockSize
        self.parallelism = parallelism
        self.salt = salt
        self.key = key
    }

    /// Reads `encoded`'s form back; nil when the text is not one.
    public init?(encoded text: Substring) {
        let parts = text.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "scrypt", let cost = Int(parts[1]), let block = Int(parts[2]), let parallel = Int(parts[3]),
            let salt = Data(base64Encoded: String(parts[4])), let key = Data(base64Encoded: String(parts[5])), !salt.isEmpty, !key.isEmpty
        else { return nil }
        self.init(costLog2: cost, blockSize: block, parallelism: parallel, salt: Array(salt), key: Array(key))
    }
}
