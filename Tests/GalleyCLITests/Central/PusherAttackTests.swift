import Foundation
import Testing

/// Attacks on the pusher rule by someone with a valid account: the reporter (`thanhphu`)
/// authenticates as themselves and tries to get a step recorded that names the editor or the
/// chief, or to slip an unsigned step past the rule some other way. Every push is refused and
/// the central tip does not move. The server is `git daemon` with the pusher in its environment
/// (`PusherRuleTests.Central`), which is exactly what the hook sees behind any real server.
@Suite("Central: attacks on the pusher rule by a reporter with a valid account")
struct PusherAttackTests {
    typealias Central = PusherRuleTests.Central

    /// A signing newsroom (keys for everyone, signing not required), its hooked central copy with
    /// a reporter's submitted article, and the reporter's URL.
    struct Scene {
        let newsroom: SigningNewsroom
        let central: Central
        let asReporter: String
        let article: String
        var room: Newsroom { newsroom.room }

        init() throws {
            newsroom = try SigningNewsroom(required: false)
            let room = newsroom.room
            let id = try room.newArticle("Tin của phóng viên")
            try room.ok(["submit", id], as: Newsroom.reporter)
            article = id
            central = try Central(room)
            asReporter = try central.url(naming: ["REMOTE_USER": Newsroom.reporter])
        }

        /// Pushes `main` to `url` and expects the hook to refuse it with `rule`; the tip stays.
        func expectRefused(_ url: String, rule: String, saying words: String? = nil,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
            let before = try central.tip()
            let pushed = try room.git(["push", url, "main"])
            #expect(pushed.status != 0, "the push went through: \(pushed)", sourceLocation: sourceLocation)
            #expect(pushed.stderr.contains("[\(rule)]"), "\(pushed)", sourceLocation: sourceLocation)
            if let words { #expect(pushed.stderr.contains(words), "\(pushed)", sourceLocation: sourceLocation) }
            #expect(try central.tip() == before, sourceLocation: sourceLocation)
        }

        /// The editor's unsigned approval of the article, written in the reporter's clone.
        func spoofedApproval() throws -> String {
            try newsroom.galley(["approve", article], as: Newsroom.editor, key: "", expectOK: true)
            return try newsroom.rawCommit()
        }
    }

    /// The commit `raw` with `header` added after its committer line.
    static func adding(header: String, to raw: String) -> String {
        guard let end = raw.range(of: "\n\n") else { return raw }
        return String(raw[..<end.lowerBound]) + "\n" + header + String(raw[end.lowerBound...])
    }

    @Test("a garbage or foreign signature on a spoofed step does not skip the rule", arguments: [
        "gpgsig garbage",
        "gpgsig -----BEGIN SSH SIGNATURE-----\n U1NIU0lHAAAAAQ==\n -----END SSH SIGNATURE-----",
        "gpgsig -----BEGIN PGP SIGNATURE-----\n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----",
    ])
    func garbageSignature(_ header: String) throws {
        let scene = try Scene()
        let raw = try scene.spoofedApproval()
        try scene.newsroom.replaceTip(with: Self.adding(header: header, to: raw))
        try scene.expectRefused(scene.asReporter, rule: "bad-signature")
    }

    @Test("a signature header git does not read as one (gpgsig-sha256) leaves the step unsigned: the rule applies")
    func otherSignatureField() throws {
        let scene = try Scene()
        let raw = try scene.spoofedApproval()
        try scene.newsroom.replaceTip(with: Self.adding(header: "gpgsig-sha256 garbage", to: raw))
        try scene.expectRefused(scene.asReporter, rule: "pusher-mismatch", saying: "approve step names \(Newsroom.editor)")
    }

    @Test("the reporter's own valid signature over a step naming the editor")
    func ownKeyOverSomeoneElsesStep() throws {
        let scene = try Scene()
        let raw = try scene.spoofedApproval()
        let reporterKey = try #require(scene.newsroom.keys[Newsroom.reporter])
        try scene.newsroom.replaceTip(with: try scene.newsroom.resigned(raw, with: reporterKey))
        try scene.expectRefused(scene.asReporter, rule: "wrong-key", saying: "a key of \(Newsroom.reporter), but the commit names \(Newsroom.editor)")
    }

    @Test("two Galley-Actor lines (the reporter's and the editor's): no step at all")
    func duplicatedActor() throws {
        let scene = try Scene()
        let raw = try scene.spoofedApproval()
        let doubled = raw.replacingOccurrences(
            of: "Galley-Actor: \(Newsroom.editor)\n", with: "Galley-Actor: \(Newsroom.reporter)\nGalley-Actor: \(Newsroom.editor)\n")
        #expect(doubled != raw)
        try scene.newsroom.replaceTip(with: doubled)
        try scene.expectRefused(scene.asReporter, rule: "outside-workflow")
    }

    @Test("the reporter's own step authored as the editor, and the editor's step authored as the reporter")
    func authorAndActorDisagree() throws {
        let scene = try Scene()
        let room = scene.room
        let editorEmail = try #require(room.member(Newsroom.editor)?.email)
        let reporterEmail = try #require(room.member(Newsroom.reporter)?.email)
        // Actor thanhphu (the pusher), author hangoc: what `git log` shows names the editor.
        _ = try room.newArticle("Bài thứ hai")
        let raw = try scene.newsroom.rawCommit()
        try scene.newsroom.replaceTip(with: raw.replacingOccurrences(of: "<\(reporterEmail)>", with: "<\(editorEmail)>"))
        try scene.expectRefused(scene.asReporter, rule: "author-mismatch")

        // Actor hangoc, author thanhphu.
        _ = try room.gitOut(["reset", "-q", "--hard", "HEAD~1"])
        let spoof = try scene.spoofedApproval()
        try scene.newsroom.replaceTip(with: spoof.replacingOccurrences(of: "<\(editorEmail)>", with: "<\(reporterEmail)>"))
        try scene.expectRefused(scene.asReporter, rule: "pusher-mismatch")
        try scene.expectRefused(scene.asReporter, rule: "author-mismatch")
    }

    @Test("the pusher's name in another case, or with a look-alike letter, is nobody's login", arguments: [
        "ThanhPhu", "THANHPHU", "th\u{0430}nhphu", "thanhphu\n", " thanhphu", "thanhphu ",
    ])
    func caseAndLookAlikes(_ login: String) throws {
        let scene = try Scene()
        let url = try scene.central.url(naming: ["REMOTE_USER": login])
        // Even the reporter's own step is refused: the server's name must be exactly a login.
        _ = try scene.room.newArticle("Bài thứ hai")
        try scene.expectRefused(url, rule: "pusher-mismatch", saying: "whom people.yaml in force does not list as a login")
    }

    @Test("a login given in NFC is not the account spelled with combining marks (NFD): servers compare bytes")
    func canonicallyEquivalentLogin() throws {
        let scene = try Scene()
        let room = scene.room
        let composed = "ng\u{1ECD}c"  // ngọc, NFC
        let decomposed = "ngo\u{0323}c"  // the same letters in NFD: another account to a byte-comparing server
        #expect(composed == decomposed, "Swift's == is canonical equivalence")
        try scene.newsroom.galley(["people", "login", Newsroom.editor, composed], as: Newsroom.admin, expectOK: true)
        let asAdmin = try scene.central.url(naming: ["REMOTE_USER": Newsroom.admin])
        let adminPush = try room.git(["push", asAdmin, "main"])
        #expect(adminPush.status == 0, "\(adminPush)")

        _ = try scene.spoofedApproval()
        let asLookAlike = try scene.central.url(naming: ["REMOTE_USER": decomposed])
        try scene.expectRefused(asLookAlike, rule: "pusher-mismatch", saying: "does not list as a login")
        let asEditor = try scene.central.url(naming: ["REMOTE_USER": composed])
        let own = try room.git(["push", asEditor, "main"])
        #expect(own.status == 0, "the editor's own login was refused: \(own)")
    }

    @Test("a deactivated person's login pushes someone else's unsigned step")
    func deactivatedLogin() throws {
        let scene = try Scene()
        let room = scene.room
        try scene.newsroom.galley(["people", "deactivate", Newsroom.chief], as: Newsroom.admin, expectOK: true)
        let asAdmin = try scene.central.url(naming: ["REMOTE_USER": Newsroom.admin])
        let adminPush = try room.git(["push", asAdmin, "main"])
        #expect(adminPush.status == 0, "\(adminPush)")
        _ = try scene.spoofedApproval()
        let asChief = try scene.central.url(naming: ["REMOTE_USER": Newsroom.chief])
        try scene.expectRefused(asChief, rule: "pusher-mismatch", saying: "pushed by \(Newsroom.chief)")
    }

    @Test("people steps and a spoof in one push: unsigned ones are not the pusher's; signed ones judge what follows")
    func peopleStepInTheSamePush() throws {
        let scene = try Scene()
        let room = scene.room
        let base = try room.head()
        // The admin's step, unsigned, in the reporter's clone: the editor's login becomes the reporter's account name.
        try scene.newsroom.galley(["people", "login", Newsroom.editor, "phu.sub"], as: Newsroom.admin, key: "", expectOK: true)
        _ = try scene.spoofedApproval()
        // Not the pusher's, so it never comes into force; the approval is judged by the people.yaml before it.
        let asSub = try scene.central.url(naming: ["REMOTE_USER": "phu.sub"])
        try scene.expectRefused(asSub, rule: "pusher-mismatch", saying: "whom people.yaml in force does not list as a login")
        try scene.expectRefused(scene.asReporter, rule: "pusher-mismatch", saying: "unsigned people step names \(Newsroom.admin)")
        try scene.expectRefused(scene.asReporter, rule: "pusher-mismatch", saying: "approve step names \(Newsroom.editor)")

        // Signed by the admin, a people step travels in anyone's push and is in force for the steps after it:
        // the reporter's own step after the one that renamed their login is refused under their old name.
        _ = try room.gitOut(["reset", "-q", "--hard", base])
        try scene.newsroom.galley(["people", "login", Newsroom.reporter, "phu"], as: Newsroom.admin, expectOK: true)
        _ = try room.newArticle("Bài thứ hai")
        try scene.expectRefused(scene.asReporter, rule: "pusher-mismatch",
                                saying: "pushed by '\(Newsroom.reporter)' (REMOTE_USER), whom people.yaml in force does not list")
        let asPhu = try scene.central.url(naming: ["REMOTE_USER": "phu"])
        let own = try room.git(["push", asPhu, "main"])
        #expect(own.status == 0, "\(own)")
    }

    @Test("creating the branch on an empty central repository: the init and every step are the pusher's, or refused")
    func creatingTheBranch() throws {
        let scene = try Scene()
        let room = scene.room
        let empty = scene.central.path.deletingLastPathComponent().appendingPathComponent("empty.git")
        _ = try room.gitOut(["init", "-q", "--bare", "--initial-branch=main", empty.path])
        let installed = try room.galley(["hook", "install", empty.path])
        #expect(installed.status == 0, "\(installed)")
        let url = try scene.central.url(naming: ["REMOTE_USER": Newsroom.reporter]).replacingOccurrences(of: "central.git", with: "empty.git")
        let pushed = try room.git(["push", url, "main"])
        #expect(pushed.status != 0, "\(pushed)")
        #expect(pushed.stderr.contains("[pusher-mismatch]"), "\(pushed)")
        #expect(pushed.stderr.contains("pushed by '\(Newsroom.reporter)' (REMOTE_USER), whom people.yaml in force does not list"), "\(pushed)")
        let tip = try room.git(["--git-dir", empty.path, "rev-parse", "--verify", "-q", "main"])
        #expect(tip.status != 0, "the branch was created: \(tip)")
    }

    @Test("an empty GALLEY_PUSHER does not hide the server's variable")
    func emptyHigherVariable() throws {
        let scene = try Scene()
        let url = try scene.central.url(naming: ["GALLEY_PUSHER": "", "GL_USER": "", "REMOTE_USER": Newsroom.reporter])
        _ = try scene.spoofedApproval()
        try scene.expectRefused(url, rule: "pusher-mismatch", saying: "pushed by \(Newsroom.reporter) (login '\(Newsroom.reporter)', REMOTE_USER)")
    }
}
