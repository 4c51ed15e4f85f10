import Foundation
import Testing

@Suite("Signing: signed steps, git verify-commit and galley verify")
struct SignatureVerifyTests {
    @Test func galleySignedCommitsPassGitVerifyCommit() throws {
        let newsroom = try SigningNewsroom()
        let id = try newsroom.newArticle("Bài có chữ ký")
        try newsroom.galley(["submit", id], as: Newsroom.reporter, expectOK: true)
        let signers = try newsroom.galley(["people", "allowed-signers"], as: Newsroom.admin, key: "", expectOK: true)
        let file = try newsroom.room.writeScratch("allowed_signers", signers.stdout)
        for revision in ["HEAD", "HEAD~1", "HEAD~2"] {  // submit, create, the config commit that turned signing on
            let checked = try newsroom.room.git(["-c", "gpg.ssh.allowedSignersFile=\(file)", "verify-commit", revision])
            #expect(checked.status == 0, "git verify-commit \(revision): \(checked)")
            #expect(checked.stderr.contains("Good \"git\" signature"), "\(checked)")
        }
        let verdict = try newsroom.room.auditVerify()
        #expect(verdict.ok == true, "\(verdict.listing)")
    }

    @Test func theExternalSignerProducesTheSameKindOfCommit() throws {
        let newsroom = try SigningNewsroom()
        let id = try newsroom.newArticle("Ký bằng ssh-keygen")
        let result = try newsroom.room.galley(["submit", id], as: Newsroom.reporter,
            environment: ["GALLEY_SIGNING_KEY": newsroom.keys[Newsroom.reporter], "GALLEY_SIGN_WITH": "ssh-keygen"])
        #expect(result.status == 0, "\(result)")
        #expect(try newsroom.rawCommit().contains("gpgsig -----BEGIN SSH SIGNATURE-----"))
        #expect(try newsroom.room.auditVerify().ok == true)
    }

    @Test func writesWithoutAUsableKeyAreRefusedOnceSigningIsRequired() throws {
        let newsroom = try SigningNewsroom()
        let id = try newsroom.newArticle("Bài cần ký")
        let before = try newsroom.room.snapshot()
        let unsigned = try newsroom.galley(["submit", id], as: Newsroom.reporter, key: "")
        #expect(unsigned.status == 3, "\(unsigned)")
        #expect(unsigned.stderr.contains("signing: required"), "\(unsigned.stderr)")
        let borrowed = try newsroom.galley(["submit", id], as: Newsroom.reporter, key: newsroom.keys[Newsroom.editor])
        #expect(borrowed.status == 3, "\(borrowed)")
        #expect(borrowed.stderr.contains("not listed for \(Newsroom.reporter)"), "\(borrowed.stderr)")
        expectUnchanged(before, try newsroom.room.snapshot(), "refused unsigned steps")
    }

    @Test func aKeyNotOfThePersonIsRefusedEvenWithoutRequiredSigning() throws {
        let newsroom = try SigningNewsroom(required: false)
        let stranger = try newsroom.makeKey("stranger")
        let result = try newsroom.galley(["new", "Khóa lạ"], as: Newsroom.reporter, key: stranger)
        #expect(result.status == 3, "\(result)")
        // No key configured and signing optional: unsigned steps are fine.
        let plain = try newsroom.galley(["new", "Không ký"], as: Newsroom.reporter, key: "")
        #expect(plain.status == 0, "\(plain)")
        #expect(try newsroom.room.auditVerify().ok == true)
    }

    @Test func aCommitSignedWithSomeoneElsesKeyIsAViolation() throws {
        let newsroom = try SigningNewsroom()
        _ = try newsroom.newArticle("Chữ ký mượn")
        let forged = try newsroom.replaceTip(with: try newsroom.resigned(try newsroom.rawCommit(), with: try #require(newsroom.keys[Newsroom.editor])))
        let verdict = try newsroom.room.auditVerify()
        #expect(verdict.status == 4)
        #expect(verdict.violations.contains { $0.commit == forged && $0.rule == "wrong-key" && $0.message.contains(Newsroom.editor) }, "\(verdict.listing)")
    }

    @Test func anUnsignedCommitAfterTheSigningStartIsAViolation() throws {
        let newsroom = try SigningNewsroom()
        _ = try newsroom.newArticle("Bỏ chữ ký")
        let stripped = try newsroom.replaceTip(with: SigningNewsroom.strippingSignature(try newsroom.rawCommit()))
        let verdict = try newsroom.room.auditVerify()
        #expect(verdict.status == 4)
        #expect(verdict.violations.map(\.rule) == ["unsigned"], "\(verdict.listing)")
        #expect(verdict.violations.first?.commit == stripped)
    }

    @Test func unsignedHistoryBeforeTheSigningStartIsAccepted() throws {
        // A newsroom adopts signing on an existing history: earlier unsigned steps stay fine.
        let newsroom = try SigningNewsroom(required: false)
        let id = try newsroom.room.newArticle("Bài cũ không ký")
        try newsroom.room.steps(id, [("submit", Newsroom.reporter)])
        try newsroom.galley(["config", "set", "signing", "required"], as: Newsroom.admin, expectOK: true)
        try newsroom.galley(["approve", id], as: Newsroom.editor, expectOK: true)
        let verdict = try newsroom.room.auditVerify()
        #expect(verdict.ok == true, "\(verdict.listing)")
    }

    @Test func contentChangedAfterSigningIsAViolation() throws {
        let newsroom = try SigningNewsroom()
        let id = try newsroom.newArticle("Nội dung bị sửa")
        let path = try newsroom.room.articlePath(id)
        let body = try newsroom.room.committedFile(path)
        try newsroom.room.writeScratch("save.md", "Bản đã duyệt.\n")
        try newsroom.galley(["save", id, "--body-file", newsroom.room.scratch.appendingPathComponent("save.md").path],
                            as: Newsroom.reporter, expectOK: true)
        // Same message and signature, a tree where the text says something else.
        let altered = body.replacingOccurrences(of: "Nội dung.", with: "Nội dung đã bị sửa lén.")
        try altered.write(to: newsroom.room.workTreeURL(path), atomically: true, encoding: .utf8)
        _ = try newsroom.room.gitOut(["add", path])
        let tree = try newsroom.room.gitOut(["write-tree"])
        let raw = try newsroom.rawCommit()
        let original = try #require(raw.split(separator: "\n").first)
        let tampered = try newsroom.replaceTip(with: raw.replacingOccurrences(of: String(original), with: "tree \(tree)"))
        #expect(try newsroom.rawCommit().contains("gpgsig "))
        let verdict = try newsroom.room.auditVerify()
        #expect(verdict.status == 4)
        #expect(verdict.violations.contains { $0.commit == tampered && $0.rule == "bad-signature" }, "\(verdict.listing)")
    }
}
