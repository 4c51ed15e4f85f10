import Foundation
import Testing

@testable import Galley

/// A step that cannot be signed (the key file, ssh-keygen), in both languages: one sample per
/// case, the Vietnamese in NFC, the facts (paths, fingerprints, ssh-keygen's words) in both.
@Suite("Signer messages")
struct SignerMessageTests {
    static let cause = ErrorCause(GalleyError(.refused, .signing(.publicKey(.notAKey))))

    static let samples: [SignerMessage] = [
        .signingKeyUnreadable(path: "home/.ssh/id_ed25519", origin: "GALLEY_SIGNING_KEY"),
        .signingKeyLiteralUnusable(origin: "git config user.signingKey", cause: cause),
        .signingKeyFileUnusable(path: "home/.ssh/id_ed25519.pub", cause: cause),
        .pemKey(path: "home/.ssh/id_rsa"),
        .truncatedKey(path: "home/.ssh/id_ed25519"),
        .keyNotBase64(path: "home/.ssh/id_ed25519"),
        .notOpenSSHKey(path: "home/.ssh/id_ed25519"),
        .notEd25519Key(path: "home/.ssh/id_ecdsa"),
        .halvesDoNotMatch(path: "home/.ssh/id_ed25519"),
        .keyFileUnreadable(path: "home/.ssh/id_ed25519"),
        .notUnencryptedKey(path: "home/.ssh/id_ed25519"),
        .temporaryPublicKeyNotWritten,
        .temporaryFileNotWritten,
        .temporaryFileNotRead(detail: "The file doesn't exist."),
        .sshKeygenNotRun(detail: "The file doesn't exist."),
        .sshKeygenFailed(keyPath: "home/.ssh/id_ed25519", reason: "incorrect passphrase supplied to decrypt private key", status: 255),
        .sshKeygenFailed(keyPath: "home/.ssh/id_ed25519", reason: nil, status: 255),
        .signatureNotValid(fingerprint: "SHA256:abcdefghijklmnop"),
        .signatureNotSSH,
        .signatureNotBase64,
        .signatureMalformed,
        .signatureKeyNotEd25519,
        .signatureValueMalformed,
    ]

    static func name(of message: SignerMessage) -> String {
        switch message {
        case .signingKeyUnreadable: "signingKeyUnreadable"
        case .signingKeyLiteralUnusable: "signingKeyLiteralUnusable"
        case .signingKeyFileUnusable: "signingKeyFileUnusable"
        case .pemKey: "pemKey"
        case .truncatedKey: "truncatedKey"
        case .keyNotBase64: "keyNotBase64"
        case .notOpenSSHKey: "notOpenSSHKey"
        case .notEd25519Key: "notEd25519Key"
        case .halvesDoNotMatch: "halvesDoNotMatch"
        case .keyFileUnreadable: "keyFileUnreadable"
        case .notUnencryptedKey: "notUnencryptedKey"
        case .temporaryPublicKeyNotWritten: "temporaryPublicKeyNotWritten"
        case .temporaryFileNotWritten: "temporaryFileNotWritten"
        case .temporaryFileNotRead: "temporaryFileNotRead"
        case .sshKeygenNotRun: "sshKeygenNotRun"
        case .sshKeygenFailed(_, let reason, _): reason == nil ? "sshKeygenFailed.silent" : "sshKeygenFailed"
        case .signatureNotValid: "signatureNotValid"
        case .signatureNotSSH: "signatureNotSSH"
        case .signatureNotBase64: "signatureNotBase64"
        case .signatureMalformed: "signatureMalformed"
        case .signatureKeyNotEd25519: "signatureKeyNotEd25519"
        case .signatureValueMalformed: "signatureValueMalformed"
        }
    }

    static func facts(of message: SignerMessage) -> [String] {
        switch message {
        case .signingKeyUnreadable(let path, let origin): [path, origin]
        case .signingKeyLiteralUnusable(let origin, _): [origin, "ssh-ed25519 AAAA…"]
        case .signingKeyFileUnusable(let path, _): [path, "ssh-ed25519 AAAA…"]
        case .pemKey(let path), .notEd25519Key(let path): [path, "ssh-keygen -t ed25519"]
        case .truncatedKey(let path), .keyNotBase64(let path), .notOpenSSHKey(let path), .halvesDoNotMatch(let path),
             .keyFileUnreadable(let path), .notUnencryptedKey(let path):
            [path]
        case .temporaryPublicKeyNotWritten, .temporaryFileNotWritten: ["ssh-keygen"]
        case .temporaryFileNotRead(let detail), .sshKeygenNotRun(let detail): ["ssh-keygen", detail]
        case .sshKeygenFailed(let keyPath, let reason, let status): [keyPath, reason ?? "\(status)"]
        case .signatureNotValid(let fingerprint): [fingerprint]
        case .signatureNotSSH: ["SSH", "OpenPGP", "X.509"]
        case .signatureNotBase64: ["SSH", "base64"]
        case .signatureMalformed: ["SSH"]
        case .signatureKeyNotEd25519, .signatureValueMalformed: ["ed25519"]
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.samples.count)
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC, the facts in both", arguments: samples)
    func bothLanguages(_ fact: SignerMessage) {
        let vietnamese = Catalog.render(.signer(fact), in: .vi)
        let english = Catalog.render(.signer(fact), in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
        for text in [vietnamese, english] {
            for fact in Self.facts(of: fact) { #expect(text.contains(fact), "\(text) lacks \(fact)") }
        }
    }

    @Test("a bad key file is refused (exit 3) with its path, in Vietnamese too")
    func hostileKeyFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-signer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("id_ed25519")
        try "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n".write(to: key, atomically: true, encoding: .utf8)
        let error = try #require(throws: GalleyError.self) { _ = try KeyFileSigner(privateKeyFile: key.path) }
        #expect(error.exitCode == 3)
        #expect(error.detail == .signer(.truncatedKey(path: key.path)))
        #expect(error.message == "\(key.path): the private key file is truncated")
        #expect(error.text(in: .vi).contains("bị cắt cụt") && error.text(in: .vi).contains(key.path))
    }
}
