import Foundation
import Testing

@Suite("Signing: key rotation")
struct KeyRotationTests {
    @Test func signaturesMadeWhileAKeyWasActiveSurviveItsRevocation() throws {
        var newsroom = try SigningNewsroom()
        let oldKey = try #require(newsroom.keys[Newsroom.reporter])
        let id = try newsroom.newArticle("Trước khi đổi khóa")
        let signedWithOldKey = try newsroom.room.head()
        let createdAt = try newsroom.room.gitOut(["log", "-1", "--format=%at"])

        let fingerprint = try Self.fingerprint(oldKey, newsroom.room)
        let newKey = try newsroom.makeKey("phu-2")
        try newsroom.galley(["people", "key", "add", Newsroom.reporter, newKey + ".pub"], as: Newsroom.admin, expectOK: true)
        try newsroom.galley(["people", "key", "revoke", Newsroom.reporter, fingerprint], as: Newsroom.admin, expectOK: true)
        let listed = try newsroom.room.committedFile("people.yaml")
        #expect(listed.contains("revoked:"), "the revoked key stays listed: \(listed)")

        var verdict = try newsroom.room.auditVerify()
        #expect(verdict.ok == true, "the step signed before the revocation still verifies: \(verdict.listing)")
        #expect(!verdict.violations.contains { $0.commit == signedWithOldKey })

        // The revoked key can no longer sign through Galley…
        let refused = try newsroom.galley(["submit", id], as: Newsroom.reporter, key: oldKey)
        #expect(refused.status == 3, "\(refused)")
        #expect(refused.stderr.contains("revoked"), "\(refused.stderr)")

        // …and a step signed with it after the revocation is a violation, even when it claims an earlier date.
        newsroom.useKey(newKey, for: Newsroom.reporter)
        try newsroom.galley(["submit", id], as: Newsroom.reporter, expectOK: true)
        let backdated = SigningNewsroom.redated(try newsroom.rawCommit(), to: createdAt)
        let forged = try newsroom.replaceTip(with: try newsroom.resigned(backdated, with: oldKey))
        verdict = try newsroom.room.auditVerify()
        #expect(verdict.status == 4)
        #expect(verdict.violations.contains { $0.commit == forged && $0.rule == "wrong-key" && $0.message.contains("revoked") },
                "\(verdict.listing)")
    }

    static func fingerprint(_ keyPath: String, _ room: Newsroom) throws -> String {
        let listed = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["ssh-keygen", "-lf", keyPath + ".pub"],
                                    in: room.scratch, environment: room.environment, scratch: room.scratch)
        guard listed.status == 0, listed.stdout.split(separator: " ").count > 1 else { throw FixtureError("ssh-keygen -lf: \(listed)") }
        return String(listed.stdout.split(separator: " ")[1])
    }
}

extension SigningNewsroom {
    mutating func useKey(_ path: String, for person: String) { keys[person] = path }
}
