import Foundation
import TestSupport
import Testing

@testable import Galley

/// Keys made by the real ssh-keygen in a temporary folder: git's own tools are the reference.
struct SSHKeyFixture {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Makes `name` and `name.pub`; returns the private key's path.
    func makeKey(_ name: String, passphrase: String = "") throws -> String {
        let path = folder.appendingPathComponent(name).path
        let result = try Self.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", name, "-f", path])
        #expect(result.status == 0, "ssh-keygen: \(result.err)")
        return path
    }

    func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    static func run(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        // An empty standard input when none is given, as before (a closed pipe).
        let result = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), arguments, input: input ?? Data(), timeout: .seconds(120))
        return (result.status, result.stdout, result.stderr)
    }
}

@Suite("Signing: SSH keys and SSHSIG")
struct SSHSigningTests {
    @Test func fingerprintMatchesSSHKeygen() throws {
        let keys = try SSHKeyFixture()
        defer { keys.remove() }
        let path = try keys.makeKey("phu")
        let key = try SSHPublicKey.parse(try keys.text(path + ".pub"))
        let listed = try SSHKeyFixture.run(["ssh-keygen", "-lf", path + ".pub"])
        #expect(listed.out.split(separator: " ")[1] == Substring(key.fingerprint))
        #expect(key.openSSH == (try keys.text(path + ".pub")).split(separator: " ").prefix(2).joined(separator: " "))
    }

    @Test func nativeSignatureIsByteForByteSSHKeygens() throws {
        // ed25519 is deterministic: the same key and message must give ssh-keygen's exact armored text.
        let keys = try SSHKeyFixture()
        defer { keys.remove() }
        let path = try keys.makeKey("ngoc")
        let file = try SSHKeyFile.parse(try keys.text(path), path: path)
        let seed = try #require(file.seed)
        let message = Data("tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a@b> 1 +0700\n\nxin chào\n".utf8)
        let native = try SSHSignature.sign(message, seed: seed, publicKey: file.publicKey)
        let reference = try SSHKeyFixture.run(["ssh-keygen", "-q", "-Y", "sign", "-n", "git", "-f", path], input: message)
        #expect(reference.status == 0, "\(reference.err)")
        #expect(native == reference.out.trimmingCharacters(in: .newlines))
        let parsed = try SSHSignature.parse(Data(native.utf8))
        #expect(parsed.verifies(message))
        #expect(!parsed.verifies(message + Data("x".utf8)))
    }

    @Test func externalSignerMakesAValidSignature() throws {
        let keys = try SSHKeyFixture()
        defer { keys.remove() }
        let path = try keys.makeKey("tbt")
        let signer = try CommitSigner.load(SigningKeyLocation(path: path, origin: "test"), environment: ["GALLEY_SIGN_WITH": "ssh-keygen"])
        guard case .sshKeygen = signer.method else {
            Issue.record("GALLEY_SIGN_WITH=ssh-keygen must force the external signer")
            return
        }
        let message = Data("commit body\n".utf8)
        let armored = try signer.sign(message)
        #expect(!armored.hasSuffix("\n"))
        #expect(try SSHSignature.parse(Data(armored.utf8)).verifies(message))
    }

    @Test func encryptedKeyKeepsItsPublicHalfButNoSeed() throws {
        let keys = try SSHKeyFixture()
        defer { keys.remove() }
        let path = try keys.makeKey("locked", passphrase: "bí mật dài")
        let file = try SSHKeyFile.parse(try keys.text(path), path: path)
        #expect(file.seed == nil)
        #expect(file.publicKey == (try SSHPublicKey.parse(try keys.text(path + ".pub"))))
    }

    @Test func rsaKeysAreRefusedWithAReason() throws {
        #expect(throws: GalleyError.self) { try SSHPublicKey.parse("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 me@host") }
        #expect(throws: GalleyError.self) { try SSHPublicKey.parse("ssh-ed25519 AAAAnotbase64!!") }
    }
}

@Suite("Signing: keys in people.yaml")
struct PeopleKeysTests {
    static let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPkAQ66o5cq5iTuu2104vQonPx0d5lUvVqBNAWqskl3u"

    @Test func oldFilesWithoutKeysStillParseAndRenderUnchanged() throws {
        let people = People([Person(id: "phu", name: "Thanh Phú", email: "phu@example.vn", roles: ["reporter"])])
        let text = people.rendered()
        #expect(!text.contains("keys"))
        #expect(try People.parse(text) == people)
    }

    @Test func keysRoundTripWithAddedAndRevokedTimes() throws {
        let added = try #require(Timestamp(iso8601: "2024-05-01T09:00:00+07:00"))
        let revoked = try #require(Timestamp(iso8601: "2024-06-01T10:30:00+07:00"))
        let key = try SSHPublicKey.parse(Self.key)
        var person = Person(id: "phu", name: "Phú", email: "phu@example.vn", roles: ["reporter"])
        person.keys = [PersonKey(key: key, added: added, revoked: revoked)]
        let people = People([person])
        let parsed = try People.parse(people.rendered())
        #expect(parsed == people)
        #expect(parsed.people[0].hasActiveKey(key) == false)
        let signers = people.allowedSigners()
        #expect(signers == "phu@example.vn namespaces=\"git\",valid-after=\"20240501020000Z\",valid-before=\"20240601033000Z\" \(Self.key)\n")
    }

    @Test func aBadKeyNamesItsLine() throws {
        let text = "people:\n  - id: phu\n    name: P\n    email: p@x.vn\n    roles: [reporter]\n    keys:\n      - key: \"ssh-rsa AAAA\"\n"
        #expect(throws: GalleyError.self) { try People.parse(text) }
        do {
            _ = try People.parse(text)
        } catch {
            #expect(error.message.contains("people.yaml:7"), "\(error.message)")
        }
    }
}
