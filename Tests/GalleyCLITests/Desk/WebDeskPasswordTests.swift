import Foundation
import Testing

/// `/password`: a person changes their own password in the desk, proving the current one,
/// with the form's anti-forgery token; the length rule is `people password`'s.
@Suite("Changing one's password in the web desk", .serialized)
struct WebDeskPasswordTests {
    static let old = "mật khẩu cũ đủ dài"
    static let new = "mật khẩu mới cũng dài"

    /// Whether `person` can sign in with `password` (a fresh sign-in form each time).
    func signsIn(_ desk: DeskProcess, _ person: String, _ password: String) throws -> Bool {
        let form = try LoopbackHTTP.request(port: desk.port, "GET", "/signin")
        let cookie = try #require(form.header("Set-Cookie")?.split(separator: ";").first.map(String.init))
        let token = try #require(DeskVisitor.formToken(in: form.text))
        let reply = try LoopbackHTTP.request(
            port: desk.port, "POST", "/signin", headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", cookie)],
            body: Data("csrf=\(token)&person=\(person)&password=\(DeskVisitor.encoded(password))".utf8))
        return reply.status == 303
    }

    @Test func theChangeNeedsTheTokenAndTheCurrentPasswordAndEndsOtherSessions() throws {
        let newsroom = try Newsroom()
        try newsroom.setPassword(Newsroom.reporter, Self.old)
        try newsroom.setPassword(Newsroom.editor, Self.old)
        let desk = try DeskProcess(newsroom)
        defer { desk.stop() }
        let here = try DeskVisitor(desk, Newsroom.reporter, Self.old)
        let elsewhere = try DeskVisitor(desk, Newsroom.reporter, Self.old)
        let form = try here.get("/password")
        #expect(form.status == 200 && form.text.contains("name=\"current\"") && form.text.contains("name=\"again\""))
        #expect(try here.get("/queue").text.contains("href=\"/password\""), "linked from the navigation")
        let passwords = newsroom.gitDir.appendingPathComponent("galley/passwords")
        let before = try Data(contentsOf: passwords)

        let change = [("current", Self.old), ("new", Self.new), ("again", Self.new)]
        // No token, a wrong token, another session's token: refused, nothing changed.
        #expect(try here.post("/password", change, token: "").status == 403)
        #expect(try here.post("/password", change, token: String(repeating: "0", count: 64)).status == 403)
        let editor = try DeskVisitor(desk, Newsroom.editor, Self.old)
        #expect(try here.post("/password", change, token: editor.formToken).status == 403)
        // A wrong current password, two new ones that differ, one too short: refused, nothing changed.
        let wrong = try here.post("/password", [("current", "không phải mật khẩu"), ("new", Self.new), ("again", Self.new)])
        #expect(wrong.status == 403 && wrong.text.contains("Mật khẩu hiện tại không đúng"), "\(wrong.status)")
        let differ = try here.post("/password", [("current", Self.old), ("new", Self.new), ("again", Self.new + "x")])
        #expect(differ.status == 400 && differ.text.contains("không khớp"), "\(differ.status)")
        let short = try here.post("/password", [("current", Self.old), ("new", "ngắn"), ("again", "ngắn")])
        #expect(short.status == 400 && short.text.contains("ít nhất 10 ký tự"), "people password's rule: \(short.status) \(short.text)")
        #expect(try Data(contentsOf: passwords) == before, "nothing was written")
        #expect(try elsewhere.get("/queue").status == 200)

        // The change itself: a field naming another person is ignored (only one's own password).
        let changed = try here.post("/password", change + [("person", Newsroom.editor), ("id", Newsroom.editor)])
        #expect(changed.status == 200 && changed.text.contains("Đã đổi mật khẩu") && changed.text.contains("1 phiên"), "\(changed.text)")
        #expect(try here.get("/queue").status == 200, "this session goes on")
        let signedOut = try elsewhere.get("/queue")
        #expect(signedOut.status == 303 && signedOut.header("Location") == "/signin", "the session elsewhere ended")
        #expect(try !signsIn(desk, Newsroom.reporter, Self.old))
        #expect(try signsIn(desk, Newsroom.reporter, Self.new))
        #expect(try signsIn(desk, Newsroom.editor, Self.old), "the editor's password is untouched")
    }

    @Test func guessingTheCurrentPasswordIsThrottled() throws {
        let newsroom = try Newsroom()
        try newsroom.setPassword(Newsroom.reporter, Self.old)
        let desk = try DeskProcess(newsroom)
        defer { desk.stop() }
        let visitor = try DeskVisitor(desk, Newsroom.reporter, Self.old)
        for attempt in 0..<5 {
            let guess = try visitor.post("/password", [("current", "đoán thử \(attempt)"), ("new", Self.new), ("again", Self.new)])
            #expect(guess.status == 403)
        }
        let right = try visitor.post("/password", [("current", Self.old), ("new", Self.new), ("again", Self.new)])
        #expect(right.status == 429, "after five wrong guesses even the right one waits")
        #expect(try signsIn(desk, Newsroom.reporter, Self.old) == false, "sign-in waits too (the same throttle)")
    }
}
