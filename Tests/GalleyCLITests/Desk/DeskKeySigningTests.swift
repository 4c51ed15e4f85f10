import Foundation
import Testing

@testable import Galley

/// Issue 14, "A signed newsroom: web steps pass `git verify-commit`": each person's web steps
/// are signed with their own desk key (registered in people.yaml, its private half sealed with
/// their password in the git dir), never with a key of the server's account.
@Suite("Desk keys: signed web steps", .serialized)
struct DeskKeySigningTests {
    static let reporterPassword = "mật khẩu phóng viên 1"
    static let editorPassword = "mật khẩu biên tập 22"

    /// A newsroom signed from its first commit (`init --admin-key`), with a reporter and an editor
    /// who have no key of their own: they work only on the desk. The admin's CLI signs through
    /// the repository's git config, which the desk (started in the same repository) must not use.
    struct SignedDesk {
        let signed: SignedFromInitTests.SignedRoom
        var room: Newsroom { signed.room }

        init() throws {
            signed = try SignedFromInitTests.SignedRoom()
            _ = try signed.room.gitOut(["config", "galley.signingKey", signed.adminKey])
            for (id, name, email, role) in [
                (Newsroom.reporter, "Thanh Phú", "phu@example.vn", "reporter"), (Newsroom.editor, "Hà Ngọc", "ngoc@example.vn", "editor"),
            ] {
                try signed.galley(["people", "add", id, "--name", name, "--email", email, "--role", role], as: Newsroom.admin, key: signed.adminKey)
            }
        }

        /// `people password ID --stdin` as the admin; its result.
        func setPassword(_ id: String, _ password: String, extra: [String] = []) throws -> RunResult {
            try room.galleyWithInput(["people", "password", id, "--stdin"] + extra, as: Newsroom.admin, input: password + "\n")
        }

        var deskKeysPath: String { room.gitDir.appendingPathComponent("galley/desk-keys").path }

        /// The public key line of `id`'s desk key, as the desk-keys file holds it.
        func deskPublicKey(_ id: String) throws -> String {
            let text = try String(contentsOfFile: deskKeysPath, encoding: .utf8)
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(id + " ") })
            let fields = line.split(separator: " ")
            return "\(fields[1]) \(fields[2])"
        }

        /// The library's view of the same repository, for what the CLI does not show.
        func opened() throws -> Galley.Newsroom { try Galley.Newsroom.open(path: room.repo.path, currentDirectory: room.repo.path) }
    }

    // MARK: HTTP helpers (the sign-in form comes from WebDeskHTTPTests)

    static func session(_ desk: DeskProcess, _ person: String, _ password: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let reply = try WebDeskHTTPTests().signIn(desk, person, password)
        #expect(reply.status == 303, "sign-in of \(person): \(reply.status) \(reply.text)", sourceLocation: sourceLocation)
        return try #require(reply.headers.first { $0.1.hasPrefix("galley_session=") }?.1.split(separator: ";").first.map(String.init))
    }

    /// The session's anti-forgery token, read from a page's form.
    static func formToken(_ desk: DeskProcess, _ cookie: String) throws -> String {
        let page = try LoopbackHTTP.request(port: desk.port, "GET", "/new", headers: [("Cookie", cookie)])
        let range = try #require(page.text.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression), "\(page.status) \(page.text)")
        return String(page.text[range].dropFirst(#"name="csrf" value=""#.count).dropLast())
    }

    static func post(_ desk: DeskProcess, _ path: String, _ fields: [(String, String)], cookie: String) throws -> LoopbackHTTP.Reply {
        let token = try formToken(desk, cookie)
        let body = ([("csrf", token)] + fields).map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        return try LoopbackHTTP.request(
            port: desk.port, "POST", path, headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", cookie)],
            body: Data(body.utf8))
    }

    /// A new article through the desk; its id (from the redirect).
    static func create(_ desk: DeskProcess, _ cookie: String, _ title: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let reply = try post(desk, "/new", [("title", title), ("body", "Nội dung viết trên bàn biên tập.\n")], cookie: cookie)
        #expect(reply.status == 303, "create: \(reply.status) \(reply.text)", sourceLocation: sourceLocation)
        let location = try #require(reply.header("Location"))
        return String(location.dropFirst("/articles/".count).prefix { $0 != "?" })
    }

    static func step(_ desk: DeskProcess, _ cookie: String, _ id: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let reply = try post(desk, "/articles/\(id)/step", [("step", name)], cookie: cookie)
        #expect(reply.status == 303, "\(name): \(reply.status) \(reply.text)", sourceLocation: sourceLocation)
    }

    /// `git verify-commit` of `commit` with an allowed-signers file; the "Good signature" line.
    static func verifyCommit(_ room: Newsroom, _ commit: String, allowedSigners file: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let checked = try room.git(["-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=\(file)", "verify-commit", commit])
        #expect(checked.status == 0, "git verify-commit \(commit): \(checked)", sourceLocation: sourceLocation)
        return checked.stderr
    }

    /// The fingerprint `ssh-keygen -lf` prints for a public key line.
    static func fingerprint(_ room: Newsroom, _ publicKey: String) throws -> String {
        let file = try room.writeScratch("key-\(UUID().uuidString).pub", publicKey + "\n")
        let listed = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["ssh-keygen", "-lf", file], in: room.scratch, environment: room.environment, scratch: room.scratch)
        return try #require(listed.stdout.split(separator: " ").dropFirst().first.map(String.init))
    }

    // MARK: Tests

    @Test func webStepsOfASignedNewsroomPassGitVerifyCommit() throws {
        let desk = try SignedDesk()
        let room = desk.room
        for (id, password) in [(Newsroom.reporter, Self.reporterPassword), (Newsroom.editor, Self.editorPassword)] {
            let set = try desk.setPassword(id, password)
            #expect(set.status == 0 && set.stdout.contains("Desk key SHA256:"), "signing: required makes the desk key unasked: \(set)")
            #expect(try room.trailers().contains("Galley-Transition: people"), "registered by an admin's people step")
        }
        let people = try room.committedFile("people.yaml")
        let reporterKey = try desk.deskPublicKey(Newsroom.reporter)
        let editorKey = try desk.deskPublicKey(Newsroom.editor)
        #expect(people.contains(reporterKey) && people.contains(editorKey), "both public halves are in people.yaml")

        // The sealed file: private to the server's account, no private key in clear, in no commit.
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: desk.deskKeysPath)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
        let sealedText = try String(contentsOfFile: desk.deskKeysPath, encoding: .utf8)
        let opened = try #require(try desk.opened().openDeskKey(id: Newsroom.reporter, password: Self.reporterPassword))
        #expect(opened.publicKey.openSSH == reporterKey)
        let seed = Data(opened.seed)
        #expect(!sealedText.contains(seed.base64EncodedString()) && !sealedText.contains(seed.map { String(format: "%02x", $0) }.joined()))
        #expect(try Data(contentsOf: URL(fileURLWithPath: desk.deskKeysPath)).range(of: seed) == nil, "not even as raw bytes")
        #expect(!sealedText.contains("PRIVATE KEY") && !sealedText.contains(Self.reporterPassword))
        let box = try #require(sealedText.split(separator: "\n").first?.split(separator: "$").last.map(String.init))
        let pickaxe = try room.git(["log", "--all", "-p", "-S", box])
        #expect(pickaxe.status == 0 && pickaxe.stdout.isEmpty, "no commit holds a sealed key: \(pickaxe)")
        #expect(try desk.opened().openDeskKey(id: Newsroom.reporter, password: Self.reporterPassword + "x") == nil, "a wrong password opens nothing")
        #expect(try desk.opened().openDeskKey(id: Newsroom.reporter, password: Self.editorPassword) == nil)

        let before = try room.head()
        let server = try DeskProcess(room)
        defer { server.stop() }
        let reporter = try Self.session(server, Newsroom.reporter, Self.reporterPassword)
        let id = try Self.create(server, reporter, "Bài viết ký trên web")
        try Self.step(server, reporter, id, "submit")
        let editor = try Self.session(server, Newsroom.editor, Self.editorPassword)
        try Self.step(server, editor, id, "approve")

        let webCommits = try room.gitOut(["rev-list", "\(before)..HEAD"]).split(separator: "\n").map(String.init)
        #expect(webCommits.count == 3, "create, submit, approve: \(webCommits)")
        let ownFile = try room.writeScratch("allowed_signers", SignedFromInitTests.allowedSigners(fromPeopleYAML: try room.committedFile("people.yaml")))
        let galleyFile = try room.writeScratch("allowed_signers_galley", try room.ok(["people", "allowed-signers"], as: Newsroom.admin).stdout)
        let reporterPrint = try Self.fingerprint(room, reporterKey)
        let editorPrint = try Self.fingerprint(room, editorKey)
        let signers = [("ngoc@example.vn", editorPrint), ("phu@example.vn", reporterPrint), ("phu@example.vn", reporterPrint)]
        for (commit, (email, print)) in zip(webCommits, signers) {
            for file in [ownFile, galleyFile] {
                let said = try Self.verifyCommit(room, commit, allowedSigners: file)
                #expect(said.contains(email) && said.contains(print), "signed by the person's own desk key: \(said)")
            }
        }
        let adminPrint = try Self.fingerprint(room, try String(contentsOfFile: desk.signed.adminKey + ".pub", encoding: .utf8).split(separator: " ").prefix(2).joined(separator: " "))
        for commit in webCommits {
            #expect(!(try room.git(["-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=\(ownFile)", "verify-commit", commit]).stderr.contains(adminPrint)),
                    "never the server's configured key")
        }
        let verdict = try jsonObject(try room.ok(["verify", "--format", "json"]))
        #expect(verdict["ok"] as? Bool == true, "\(verdict)")
    }

    @Test func aPersonWithoutADeskKeyIsRefusedAndNothingIsWritten() throws {
        let desk = try SignedDesk()
        let room = desk.room
        // The reporter sets their own password: no admin, so no desk key is made.
        let own = try room.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.reporter, input: Self.reporterPassword)
        #expect(own.status == 0 && !own.stdout.contains("SHA256:"), "\(own)")
        // Even a key of the reporter's own, configured for the server's account, must not be used by the desk.
        let reporterCLIKey = try makeSigningKey(Newsroom.reporter, in: room)
        try desk.signed.galley(["people", "key", "add", Newsroom.reporter, reporterCLIKey + ".pub"], as: Newsroom.admin, key: desk.signed.adminKey)
        _ = try room.gitOut(["config", "galley.signingKey", reporterCLIKey])
        let before = try room.snapshot()
        let head = try room.head()

        let server = try DeskProcess(room)
        defer { server.stop() }
        let reporter = try Self.session(server, Newsroom.reporter, Self.reporterPassword)
        let refused = try Self.post(server, "/new", [("title", "Bài không ký"), ("body", "Nội dung.\n")], cookie: reporter)
        #expect(refused.status == 409, "\(refused.status)")
        #expect(refused.text.contains("people password \(Newsroom.reporter) --stdin --desk-key"), "says what the admin runs: \(refused.text)")
        #expect(refused.text.contains("chưa ghi gì cả"), "in Vietnamese, the newsroom's language")
        #expect(try room.head() == head)
        expectUnchanged(before, try room.snapshot(), "a refused web step")
    }

    @Test func aPasswordChangeKeepsTheKeyAndAnAdminResetReplacesIt() throws {
        let desk = try SignedDesk()
        let room = desk.room
        #expect(try desk.setPassword(Newsroom.reporter, Self.reporterPassword).status == 0)
        let firstKey = try desk.deskPublicKey(Newsroom.reporter)
        let server = try DeskProcess(room)
        defer { server.stop() }
        let first = try Self.session(server, Newsroom.reporter, Self.reporterPassword)
        let early = try Self.create(server, first, "Trước khi đổi mật khẩu")

        // The person's own change: without the current password, or with a wrong one, nothing changes.
        let library = try desk.opened()
        let files = try [desk.deskKeysPath, room.gitDir.appendingPathComponent("galley/passwords").path].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        let head = try room.head()
        let newPassword = "mật khẩu mới đủ dài 3"
        let withoutCurrent = #expect(throws: GalleyError.self) { try library.setPassword(id: Newsroom.reporter, password: newPassword, actorID: Newsroom.reporter) }
        #expect(withoutCurrent?.detail == .deskKey(.currentPasswordNeeded(person: Newsroom.reporter, admins: [Newsroom.admin])))
        let wrongCurrent = #expect(throws: GalleyError.self) {
            try library.setPassword(id: Newsroom.reporter, password: newPassword, actorID: Newsroom.reporter, currentPassword: "không phải mật khẩu")
        }
        #expect(wrongCurrent?.detail == .deskKey(.currentPasswordWrong(person: Newsroom.reporter)))
        let unchanged = try [desk.deskKeysPath, room.gitDir.appendingPathComponent("galley/passwords").path].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        let headAfter = try room.head()
        #expect(unchanged == files && headAfter == head, "a refused change changes nothing")
        // With the current password: the same key, sealed again; no commit.
        let resealed = try library.setPassword(id: Newsroom.reporter, password: newPassword, actorID: Newsroom.reporter, currentPassword: Self.reporterPassword)
        guard case .resealed? = resealed else { Issue.record("expected resealed, got \(String(describing: resealed))"); return }
        let headResealed = try room.head()
        #expect(try desk.deskPublicKey(Newsroom.reporter) == firstKey && headResealed == head)
        #expect(try library.openDeskKey(id: Newsroom.reporter, password: Self.reporterPassword) == nil, "the old password opens it no more")
        let second = try Self.session(server, Newsroom.reporter, newPassword)
        let later = try Self.create(server, second, "Sau khi đổi mật khẩu")

        // A forgotten password: the admin resets it; the old key cannot be opened, so a new one is
        // made and registered, and the old one revoked but listed, so what it signed still verifies.
        let reset = try desk.setPassword(Newsroom.reporter, "mật khẩu cấp lại 4444")
        #expect(reset.status == 0 && reset.stdout.contains("New desk key"), "\(reset)")
        let newKey = try desk.deskPublicKey(Newsroom.reporter)
        #expect(newKey != firstKey)
        let people = try room.committedFile("people.yaml")
        #expect(people.contains(firstKey) && people.contains(newKey))
        #expect(try room.trailers().contains("Galley-Transition: people"))
        // The session opened before the reset holds the revoked key: refused, nothing written.
        let before = try room.head()
        let stale = try Self.post(server, "/articles/\(later)/step", [("step", "submit")], cookie: second)
        #expect(stale.status == 409 && stale.text.contains("--desk-key"), "\(stale.status) \(stale.text)")
        #expect(try room.head() == before)
        let third = try Self.session(server, Newsroom.reporter, "mật khẩu cấp lại 4444")
        try Self.step(server, third, early, "submit")

        let galleyFile = try room.writeScratch("allowed_signers_galley", try room.ok(["people", "allowed-signers"], as: Newsroom.admin).stdout)
        let firstPrint = try Self.fingerprint(room, firstKey)
        let newPrint = try Self.fingerprint(room, newKey)
        let created = try room.gitOut(["log", "--format=%H", "-n1", "--grep", "Galley-Article: \(early)", "--grep", "Galley-Transition: create", "--all-match"])
        #expect(try Self.verifyCommit(room, created, allowedSigners: galleyFile).contains(firstPrint), "signed with the first key, still valid")
        #expect(try Self.verifyCommit(room, "HEAD", allowedSigners: galleyFile).contains(newPrint), "signed with the new key")
        let verdict = try jsonObject(try room.ok(["verify", "--format", "json"]))
        #expect(verdict["ok"] as? Bool == true, "\(verdict)")
    }

    @Test func signingOutDropsTheSessionAndItsKey() throws {
        let desk = try SignedDesk()
        #expect(try desk.setPassword(Newsroom.reporter, Self.reporterPassword).status == 0)
        let server = try DeskProcess(desk.room)
        defer { server.stop() }
        let cookie = try Self.session(server, Newsroom.reporter, Self.reporterPassword)
        let token = try Self.formToken(server, cookie)
        let out = try LoopbackHTTP.request(
            port: server.port, "POST", "/signout", headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", cookie)],
            body: Data("csrf=\(token)".utf8))
        #expect(out.status == 303)
        let head = try desk.room.head()
        let after = try LoopbackHTTP.request(
            port: server.port, "POST", "/new", headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", cookie)],
            body: Data("csrf=\(token)&title=Sau&body=x".utf8))
        #expect(after.status == 303 && after.header("Location") == "/signin", "the old cookie is nobody's now")
        #expect(try desk.room.head() == head)
    }

    @Test func aKeyPlantedInTheSealedFileSignsNothing() throws {
        let desk = try SignedDesk()
        let room = desk.room
        #expect(try desk.setPassword(Newsroom.reporter, Self.reporterPassword).status == 0)
        // Someone with write access to the git dir seals a key of their own under a password they
        // know: it opens at sign-in, but it is no key of the reporter's in people.yaml.
        let file = DeskKeyFile(gitDirectory: room.gitDir.path)
        var sealed = try file.read()
        sealed[Newsroom.reporter] = try SealedDeskKey.seal(try DeskKey.generate(), id: Newsroom.reporter, password: Self.reporterPassword, costLog2: 10)
        try file.write(sealed)
        let head = try room.head()
        let server = try DeskProcess(room)
        defer { server.stop() }
        let cookie = try Self.session(server, Newsroom.reporter, Self.reporterPassword)
        let refused = try Self.post(server, "/new", [("title", "Bài ký bằng khóa lạ"), ("body", "x\n")], cookie: cookie)
        #expect(refused.status == 409 && refused.text.contains("people.yaml"), "\(refused.status) \(refused.text)")
        #expect(try room.head() == head, "nothing written")
    }

    @Test func aDamagedSealedFileChangesNothingAndSignsNothing() throws {
        let desk = try SignedDesk()
        let room = desk.room
        #expect(try desk.setPassword(Newsroom.reporter, Self.reporterPassword).status == 0)
        try Data("thanhphu ssh-ed25519 hỏng\n".utf8).write(to: URL(fileURLWithPath: desk.deskKeysPath))
        let passwords = try Data(contentsOf: room.gitDir.appendingPathComponent("galley/passwords"))
        let head = try room.head()
        let reset = try desk.setPassword(Newsroom.reporter, "mật khẩu khác đủ dài")
        #expect(reset.status != 0 && reset.stderr.contains("desk-keys"), "names the damaged file: \(reset)")
        #expect(try Data(contentsOf: room.gitDir.appendingPathComponent("galley/passwords")) == passwords && (try room.head()) == head)
        // The desk still lets the person in, and refuses their steps.
        let server = try DeskProcess(room)
        defer { server.stop() }
        let cookie = try Self.session(server, Newsroom.reporter, Self.reporterPassword)
        let refused = try Self.post(server, "/new", [("title", "Bài"), ("body", "x\n")], cookie: cookie)
        #expect(refused.status == 409 && refused.text.contains("--desk-key"), "\(refused.status)")
        #expect(try room.head() == head)
    }

    @Test func aPersonsDeskKeySignsForNobodyElse() throws {
        let desk = try SignedDesk()
        let room = desk.room
        #expect(try desk.setPassword(Newsroom.reporter, Self.reporterPassword).status == 0)
        #expect(try desk.setPassword(Newsroom.editor, Self.editorPassword).status == 0)
        let library = try desk.opened()
        let reporterKey = try #require(try library.openDeskKey(id: Newsroom.reporter, password: Self.reporterPassword))
        let id = try library.signing(with: reporterKey) { () throws(GalleyError) in
            try library.create(NewArticle(title: "Bài của phóng viên", section: nil, body: "Nội dung.\n"), actorID: Newsroom.reporter)
        }.event.article ?? ""
        try library.signing(with: reporterKey) { () throws(GalleyError) in _ = try library.transition(id, "submit", note: nil, body: nil, actorID: Newsroom.reporter) }
        let head = try room.head()
        // The reporter's key, opened, used for a step that names the editor: refused before writing.
        let refused = #expect(throws: GalleyError.self) {
            try library.signing(with: reporterKey) { () throws(GalleyError) in _ = try library.transition(id, "approve", note: nil, body: nil, actorID: Newsroom.editor) }
        }
        guard case .deskKey(.deskKeyNotActive(let person, _, _))? = refused?.detail else {
            Issue.record("expected the desk key refusal, got \(String(describing: refused))")
            return
        }
        #expect(person == Newsroom.editor)
        #expect(try room.head() == head)
        let verdict = try jsonObject(try room.ok(["verify", "--format", "json"]))
        #expect(verdict["ok"] as? Bool == true, "\(verdict)")
    }
}
