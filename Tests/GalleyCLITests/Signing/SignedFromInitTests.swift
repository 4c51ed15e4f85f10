import Foundation
import Testing

/// Issue 11: `galley init --admin-key` makes a newsroom that is signed from its first commit,
/// checked with stock git (`git verify-commit`) as the reference and with `galley verify`.
@Suite("Signing: a newsroom signed from its first commit")
struct SignedFromInitTests {
    /// A newsroom made by `init --admin-key`, the admin's private key in GALLEY_SIGNING_KEY.
    struct SignedRoom {
        let room: Newsroom
        let adminKey: String

        init(bare: Bool = false) throws {
            room = try Newsroom.uninitialized(bare: bare)
            adminKey = try makeSigningKey(Newsroom.admin, in: room)
            let created = try room.galley(
                SignedFromInitTests.initArguments(room) + ["--admin-key", adminKey + ".pub"], in: room.root,
                environment: ["GALLEY_SIGNING_KEY": adminKey])
            guard created.status == 0 else { throw FixtureError("galley init --admin-key: \(created)") }
        }

        /// galley as `person`, signing with `key`.
        @discardableResult
        func galley(_ arguments: [String], as person: String, key: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
            let result = try room.galley(arguments, as: person, environment: ["GALLEY_SIGNING_KEY": key])
            #expect(result.status == 0, "galley \(arguments.joined(separator: " ")) as \(person): \(result)", sourceLocation: sourceLocation)
            return result
        }
    }

    static func initArguments(_ room: Newsroom) -> [String] {
        var arguments = ["init", room.repo.lastPathComponent, "--admin", Newsroom.admin, "--admin-name", "Nguyễn Quản Trị",
                         "--admin-email", "quantri@example.vn", "--name", "Báo Mẫu"]
        if room.bare { arguments.append("--bare") }
        return arguments
    }

    /// git's allowed-signers file written from the keys people.yaml lists at HEAD, read by this
    /// test itself (not by Galley): `email namespaces="git" ssh-ed25519 AAAA…` per key.
    static func allowedSigners(fromPeopleYAML text: String) -> String {
        var lines: [String] = []
        var email: String?
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("email:") {
                email = trimmed.dropFirst("email:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \""))
            } else if trimmed.hasPrefix("- key:"), let email {
                let key = trimmed.dropFirst("- key:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \""))
                lines.append("\(email) namespaces=\"git\" \(key)")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    @Test func everyCommitFromTheFirstIsSignedAndVerifies() throws {
        let signed = try SignedRoom()
        let room = signed.room
        #expect(try room.committedFile("galley.yaml").contains("signing: \"required\""))
        let reporterKey = try makeSigningKey(Newsroom.reporter, in: room)

        // The admin adds a reporter with a key; the reporter writes and submits; the admin changes a setting.
        try signed.galley(["people", "add", Newsroom.reporter, "--name", "Thanh Phú", "--email", "phu@example.vn",
                           "--role", "reporter", "--key", reporterKey + ".pub"], as: Newsroom.admin, key: signed.adminKey)
        let body = try room.writeScratch("bai.md", "Nội dung có chữ ký.\n")
        let id = try signed.galley(["new", "Bài ký từ đầu", "--body-file", body], as: Newsroom.reporter, key: reporterKey)
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try signed.galley(["submit", id], as: Newsroom.reporter, key: reporterKey)
        try signed.galley(["config", "set", "name", "Báo Mẫu Ký"], as: Newsroom.admin, key: signed.adminKey)

        let commits = try room.gitOut(["rev-list", "HEAD"]).split(separator: "\n").map(String.init)
        #expect(commits.count == 5, "init, people, create, submit, config: \(commits)")
        let root = try room.gitOut(["rev-list", "--max-parents=0", "HEAD"])
        #expect(commits.last == root)
        #expect(try room.trailers(root).contains("Galley-Transition: init"))

        let ownFile = try room.writeScratch("allowed_signers", Self.allowedSigners(fromPeopleYAML: try room.committedFile("people.yaml")))
        let galleyFile = try room.writeScratch("allowed_signers_galley",
                                               try room.ok(["people", "allowed-signers"], as: Newsroom.admin).stdout)
        for file in [ownFile, galleyFile] {
            for commit in commits {
                let checked = try room.git(["-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=\(file)", "verify-commit", commit])
                #expect(checked.status == 0, "git verify-commit \(commit) with \(file): \(checked)")
                #expect(checked.stderr.contains("Good \"git\" signature"), "\(checked)")
            }
        }
        let verdict = try room.auditVerify()
        #expect(verdict.ok == true && verdict.commits == 5, "\(verdict.listing)")
        let text = try room.galley(["verify"])
        #expect(text.status == 0 && text.stdout.hasPrefix("ok"), "\(text)")
    }

    @Test func theKeyIsFoundInGitsGlobalConfigToo() throws {
        let room = try Newsroom.uninitialized(bare: true)
        let key = try makeSigningKey(Newsroom.admin, in: room)
        let configured = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["git", "config", "--global", "galley.signingKey", key],
                                        in: room.root, environment: room.environment, scratch: room.scratch)
        #expect(configured.status == 0, "\(configured)")
        let created = try room.galley(Self.initArguments(room) + ["--admin-key", key + ".pub", "--format", "json"], in: room.root)
        #expect(created.status == 0, "\(created)")
        #expect(try room.gitOut(["cat-file", "commit", "HEAD"]).contains("gpgsig -----BEGIN SSH SIGNATURE-----"))
        // A later admin step finds the same key the same way.
        try room.ok(["people", "add", Newsroom.editor, "--name", "Hà Ngọc", "--email", "ngoc@example.vn", "--role", "editor"],
                    as: Newsroom.admin)
        #expect(try room.auditVerify().ok == true)
    }

    @Test func aStepWithoutTheAdminsKeyIsRefusedFromTheStart() throws {
        let signed = try SignedRoom(bare: true)
        let before = try signed.room.snapshot()
        let unsigned = try signed.room.galley(["people", "add", Newsroom.editor, "--name", "Hà Ngọc", "--email", "ngoc@example.vn",
                                               "--role", "editor"], as: Newsroom.admin)
        #expect(unsigned.status == 3, "\(unsigned)")
        #expect(unsigned.stderr.contains("signing: required"), "\(unsigned.stderr)")
        expectUnchanged(before, try signed.room.snapshot(), "an unsigned step in a signed newsroom")
    }

    // MARK: (b) init refuses what it cannot sign, and creates nothing

    /// Runs `init --admin-key keyFile` in `room` and checks it failed with `status`, saying `says`, leaving nothing.
    func expectRefusedInit(
        _ room: Newsroom, keyFile: String, environment: [String: String?], status: Int32, says facts: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let existedBefore = FileManager.default.fileExists(atPath: room.repo.path)
        let result = try room.galley(Self.initArguments(room) + ["--admin-key", keyFile], in: room.root, environment: environment)
        #expect(result.status == status, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "one line: \(result.stderr)", sourceLocation: sourceLocation)
        for fact in facts {
            #expect(result.stderr.contains(fact), "stderr lacks '\(fact)': \(result.stderr)", sourceLocation: sourceLocation)
        }
        if existedBefore {
            let left = try FileManager.default.contentsOfDirectory(atPath: room.repo.path)
            #expect(left.isEmpty, "the empty folder stays empty: \(left)", sourceLocation: sourceLocation)
        } else {
            #expect(!FileManager.default.fileExists(atPath: room.repo.path), "nothing created at \(room.repo.path)", sourceLocation: sourceLocation)
        }
    }

    @Test func aMissingOrGarbageKeyFileIsRefused() throws {
        let room = try Newsroom.uninitialized()
        let key = try makeSigningKey(Newsroom.admin, in: room)
        let signing: [String: String?] = ["GALLEY_SIGNING_KEY": key]
        try expectRefusedInit(room, keyFile: room.scratch.appendingPathComponent("khong-co.pub").path, environment: signing,
                              status: 1, says: ["khong-co.pub", "cannot read the public key file"])
        let garbage = try room.writeScratch("rac.pub", Data([0x00, 0xff, 0x13, 0x37, 0x0a, 0x41]))
        try expectRefusedInit(room, keyFile: garbage, environment: signing, status: 3, says: ["rac.pub", "not an SSH public key"])
        let rsa = try room.writeScratch("rsa.pub", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 someone@host\n")
        try expectRefusedInit(room, keyFile: rsa, environment: signing, status: 3, says: ["ssh-rsa keys are not supported"])
        try expectRefusedInit(room, keyFile: key, environment: signing, status: 3, says: ["private key", "(the .pub file)"])
    }

    @Test func withoutTheMatchingPrivateKeyNothingIsCreated() throws {
        let room = try Newsroom.uninitialized()
        let key = try makeSigningKey(Newsroom.admin, in: room)
        let fingerprint = try KeyRotationTests.fingerprint(key, room)
        // No key configured anywhere: the message names the key and where its private half may be.
        try expectRefusedInit(room, keyFile: key + ".pub", environment: [:], status: 3,
                              says: [fingerprint, "GALLEY_SIGNING_KEY=\(key)", "galley.signingKey", "Nothing was created"])
        // Someone else's private key configured.
        let other = try makeSigningKey("other", in: room)
        try expectRefusedInit(room, keyFile: key + ".pub", environment: ["GALLEY_SIGNING_KEY": other], status: 3,
                              says: [fingerprint, try KeyRotationTests.fingerprint(other, room), "not the admin's key"])
        // In Vietnamese, from the same catalog.
        try expectRefusedInit(room, keyFile: key + ".pub", environment: ["GALLEY_LANG": "vi"], status: 3,
                              says: [fingerprint, "Chưa tạo gì cả"])
    }

    @Test func aPrivateHalfThatCannotSignLeavesNothingBehind() throws {
        // GALLEY_SIGNING_KEY names only the public half (as for a key held by ssh-agent), and no agent
        // runs: the signature fails after the repository was begun, and init takes it all back.
        // (ssh-keygen would find a private key beside the .pub, so the public half stands alone.)
        let room = try Newsroom.uninitialized()
        let key = try makeSigningKey(Newsroom.admin, in: room)
        let lone = try room.writeScratch("admin-only-public.pub", try String(contentsOfFile: key + ".pub", encoding: .utf8))
        let agentless: [String: String?] = ["GALLEY_SIGNING_KEY": lone, "SSH_AUTH_SOCK": nil]
        try expectRefusedInit(room, keyFile: lone, environment: agentless, status: 3, says: ["galley init did not finish", "ssh-keygen"])
        // The same into an existing empty folder: it stays, empty.
        try FileManager.default.createDirectory(at: room.repo, withIntermediateDirectories: false)
        try expectRefusedInit(room, keyFile: lone, environment: agentless, status: 3, says: ["galley init did not finish"])
        // Folders init made on the way to a deeper path go too.
        var nested = Self.initArguments(room)
        nested[1] = "moi/sau/news"
        let deep = try room.galley(nested + ["--admin-key", lone], in: room.root, environment: agentless)
        #expect(deep.status == 3, "\(deep)")
        #expect(!FileManager.default.fileExists(atPath: room.root.appendingPathComponent("moi").path), "moi/ was made by init and must go")
    }

    // MARK: (c) what plain git appends is reported

    @Test func anUnsignedCommitAppendedWithPlainGitIsReported() throws {
        let signed = try SignedRoom()
        let room = signed.room
        try "Ghi chú thêm.\n".write(to: room.workTreeURL("README.md"), atomically: true, encoding: .utf8)
        let committed = try room.auditGit(["commit", "-q", "-am", "README: ghi chú"], name: "Nguyễn Quản Trị", email: "quantri@example.vn")
        #expect(committed.status == 0, "\(committed)")
        let appended = try room.head()
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4, "\(verdict.listing)")
        #expect(verdict.violations.contains { $0.commit == appended && $0.rule == "unsigned" }, "\(verdict.listing)")
        #expect(verdict.violations.allSatisfy { $0.commit == appended }, "only the appended commit: \(verdict.listing)")
    }

    @Test func anInitCommitStrippedOfItsSignatureIsReported() throws {
        let signed = try SignedRoom(bare: true)
        let signing = SigningNewsroom(wrapping: signed.room)
        let stripped = try signing.replaceTip(with: SigningNewsroom.strippingSignature(try signing.rawCommit()))
        let verdict = try signed.room.auditVerify()
        #expect(verdict.status == 4)
        #expect(verdict.violations.map(\.rule) == ["unsigned"], "\(verdict.listing)")
        #expect(verdict.violations.first?.commit == stripped)
    }
}
