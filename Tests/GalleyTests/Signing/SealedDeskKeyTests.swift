import Foundation
import Testing

@testable import Galley

/// A desk key sealed with a password opens with that password only, for that person only,
/// and any altered byte makes it refuse to open (ChaCha20-Poly1305 authenticates everything).
@Suite("Sealed desk keys")
struct SealedDeskKeyTests {
    static let password = "mật khẩu đủ dài 2026"
    /// A low scrypt cost keeps the tests fast; the parameters travel in the sealed form.
    static let cost = 10

    @Test func sealThenOpenGivesTheSameKeyAndItSignsVerifiably() throws {
        let key = try DeskKey.generate()
        let sealed = try SealedDeskKey.seal(key, id: "thanhphu", password: Self.password, costLog2: Self.cost)
        let opened = try #require(sealed.open(id: "thanhphu", password: Self.password))
        #expect(opened.publicKey == key.publicKey)
        #expect(opened.seed == key.seed)
        // Typed decomposed, as some Vietnamese keyboards send it: the same password.
        #expect(sealed.open(id: "thanhphu", password: Self.password.decomposedStringWithCanonicalMapping) != nil)
        let content = Data("tree 0\n\nmessage\n".utf8)
        let armored = try opened.signer.sign(content)
        let signature = try SSHSignature.parse(Data(armored.utf8))
        #expect(signature.publicKey == key.publicKey && signature.verifies(content))
    }

    @Test func theEncodedLineRoundTripsAndHoldsNoSeedInClear() throws {
        let key = try DeskKey.generate()
        let sealed = try SealedDeskKey.seal(key, id: "thanhphu", password: Self.password, costLog2: Self.cost)
        let line = sealed.encoded
        #expect(line.hasPrefix(key.publicKey.openSSH + " scrypt-chachapoly$10$8$1$"), "\(line)")
        #expect(SealedDeskKey(encoded: Substring(line)) == sealed)
        #expect(!line.contains(Data(key.seed).base64EncodedString()))
        #expect(!line.contains(Self.password))
        for bad in ["", "ssh-ed25519", "\(key.publicKey.openSSH) scrypt$10$8$1$AAAA$AAAA", "\(key.publicKey.openSSH) scrypt-chachapoly$x$8$1$AAAA$AAAA"] {
            #expect(SealedDeskKey(encoded: Substring(bad)) == nil, "\(bad)")
        }
    }

    @Test func aWrongPasswordOrAnotherPersonDoesNotOpenIt() throws {
        let key = try DeskKey.generate()
        let sealed = try SealedDeskKey.seal(key, id: "thanhphu", password: Self.password, costLog2: Self.cost)
        #expect(sealed.open(id: "thanhphu", password: Self.password + " ") == nil)
        #expect(sealed.open(id: "thanhphu", password: "") == nil)
        #expect(sealed.open(id: "hangoc", password: Self.password) == nil, "a line moved to another person does not open")
        #expect(sealed.open(id: "thanhphu", password: String(repeating: "a", count: PasswordHash.maximumLength + 1)) == nil)
    }

    @Test("any altered part refuses to open", arguments: ["salt", "box", "publicKey", "cost"])
    func tamperingIsDetected(part: String) throws {
        let key = try DeskKey.generate()
        var sealed = try SealedDeskKey.seal(key, id: "thanhphu", password: Self.password, costLog2: Self.cost)
        switch part {
        case "salt": sealed.salt[0] ^= 1
        case "box": sealed.box[sealed.box.count / 2] ^= 0x80
        case "publicKey":
            let other = try DeskKey.generate()
            sealed = SealedDeskKey(publicKey: other.publicKey, costLog2: sealed.costLog2, blockSize: sealed.blockSize,
                                   parallelism: sealed.parallelism, salt: sealed.salt, box: sealed.box)
        default: sealed.costLog2 += 1
        }
        #expect(sealed.open(id: "thanhphu", password: Self.password) == nil)
    }

    @Test func outOfRangeParametersAreRefusedNotRun() throws {
        let key = try DeskKey.generate()
        var sealed = try SealedDeskKey.seal(key, id: "thanhphu", password: Self.password, costLog2: Self.cost)
        sealed.costLog2 = 40
        #expect(sealed.open(id: "thanhphu", password: Self.password) == nil, "a planted 2^40 cost cannot make sign-in derive for ever")
    }

    @Test func aSeedMustMatchItsPublicKey() throws {
        let one = try DeskKey.generate()
        let two = try DeskKey.generate()
        #expect(DeskKey(seed: one.seed, publicKey: two.publicKey) == nil)
        #expect(DeskKey(seed: Array(one.seed.prefix(31)), publicKey: one.publicKey) == nil)
        #expect(DeskKey(seed: one.seed, publicKey: one.publicKey) != nil)
    }

    @Test func theFileIsWrittenPrivateAndReadBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-desk-keys-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = DeskKeyFile(gitDirectory: folder.path)
        #expect(try file.read().isEmpty)
        let key = try DeskKey.generate()
        let sealed = try SealedDeskKey.seal(key, id: "thanhphu", password: Self.password, costLog2: Self.cost)
        try file.write(["thanhphu": sealed])
        #expect(try file.read() == ["thanhphu": sealed])
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
        try Data("thanhphu garbage\n".utf8).write(to: URL(fileURLWithPath: file.path))
        #expect(throws: GalleyError.self) { try file.read() }
    }

    @Test func aKeyNeverDescribesItsSeed() throws {
        let key = try DeskKey.generate()
        var dumped = ""
        dump(key, to: &dumped)
        let seedBytes = key.seed.map(String.init).joined(separator: ", ")
        for text in ["\(key)", String(reflecting: key), dumped] {
            #expect(text.contains(key.publicKey.fingerprint) && !text.contains(seedBytes) && !text.contains("seed"), "\(text)")
        }
    }
}
