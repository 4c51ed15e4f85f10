import Foundation
import Testing

/// The desk's sign-in as HTTP sees it (no browser needed): cookies' attributes, the sign-in
/// token, throttling of guesses, and pages that need a session.
@Suite("The web desk over HTTP", .serialized)
struct WebDeskHTTPTests {
    /// The sign-in form's token and the cookie it is bound to.
    func signInForm(_ desk: DeskProcess) throws -> (token: String, cookie: String, setCookie: String) {
        let form = try LoopbackHTTP.request(port: desk.port, "GET", "/signin")
        #expect(form.status == 200)
        let setCookie = try #require(form.header("Set-Cookie"))
        let cookie = try #require(setCookie.split(separator: ";").first.map(String.init))
        let token = try #require(form.text.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression).map {
            String(form.text[$0].dropFirst(#"name="csrf" value=""#.count).dropLast())
        })
        return (token, cookie, setCookie)
    }

    func signIn(_ desk: DeskProcess, _ person: String, _ password: String) throws -> LoopbackHTTP.Reply {
        let (token, cookie, _) = try signInForm(desk)
        let body = "csrf=\(token)&person=\(person)&password=\(password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        return try LoopbackHTTP.request(
            port: desk.port, "POST", "/signin", headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", cookie)],
            body: Data(body.utf8))
    }

    @Test func cookiesAreHttpOnlyStrictAndSecureWhenAsked() throws {
        let newsroom = try Newsroom()
        try #require(try newsroom.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.admin, input: "mật khẩu đủ dài 1").status == 0)
        let plain = try DeskProcess(newsroom)
        defer { plain.stop() }
        let form = try signInForm(plain).setCookie
        #expect(form.contains("HttpOnly") && form.contains("SameSite=Strict") && !form.contains("Secure"), "\(form)")
        let signedIn = try signIn(plain, Newsroom.reporter, "mật khẩu đủ dài 1")
        #expect(signedIn.status == 303 && signedIn.header("Location") == "/queue", "\(signedIn.status) \(signedIn.text)")
        let session = try #require(signedIn.headers.first { $0.0.lowercased() == "set-cookie" && $0.1.hasPrefix("galley_session=") }?.1)
        #expect(session.contains("HttpOnly") && session.contains("SameSite=Strict"), "\(session)")
        let page = try LoopbackHTTP.request(port: plain.port, "GET", "/queue", headers: [("Cookie", String(session.split(separator: ";")[0]))])
        #expect(page.status == 200)
        #expect(page.header("Content-Security-Policy")?.contains("default-src 'none'") == true, "no script may run")
        #expect(page.text.contains("name=\"viewport\""))

        let secure = try DeskProcess(newsroom, extraArguments: ["--secure-cookies"])
        defer { secure.stop() }
        #expect(try signInForm(secure).setCookie.contains("Secure"))
    }

    @Test func anArticlesOwnImagesAreServedAndNothingElse() throws {
        let newsroom = try Newsroom()
        try #require(try newsroom.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.admin, input: "mật khẩu đủ dài 1").status == 0)
        let id = try newsroom.newArticle("Ảnh cầu", body: "![Cầu](cau.png)\n")
        let path = try #require(try jsonObject(try newsroom.ok(["show", id, "--format", "json"]))["path"] as? String)
        let folder = newsroom.repo.appendingPathComponent(path).deletingLastPathComponent()
        let image = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
        try image.write(to: folder.appendingPathComponent("cau.png"))
        _ = try newsroom.gitOut(["add", "."])
        _ = try newsroom.gitOut(["-c", "user.name=Ảnh", "-c", "user.email=anh@example.vn", "commit", "-q", "-m", "ảnh"])
        let desk = try DeskProcess(newsroom)
        defer { desk.stop() }
        let signedIn = try signIn(desk, Newsroom.reporter, "mật khẩu đủ dài 1")
        let session = try #require(signedIn.headers.first { $0.1.hasPrefix("galley_session=") }?.1.split(separator: ";").first.map(String.init))
        let page = try LoopbackHTTP.request(port: desk.port, "GET", "/articles/\(id)", headers: [("Cookie", session)])
        #expect(page.text.contains("src=\"/articles/\(id)/files/cau.png\""))
        let served = try LoopbackHTTP.request(port: desk.port, "GET", "/articles/\(id)/files/cau.png", headers: [("Cookie", session)])
        #expect(served.status == 200 && served.body == image && served.header("Content-Type") == "image/png")
        #expect(served.header("Content-Security-Policy")?.contains("sandbox") == true)
        for other in ["index.md", "..%2Findex.md", "nothing.png"] {
            let refused = try LoopbackHTTP.request(port: desk.port, "GET", "/articles/\(id)/files/\(other)", headers: [("Cookie", session)])
            #expect(refused.status == 404, "\(other): \(refused.status)")
        }
        let anonymous = try LoopbackHTTP.request(port: desk.port, "GET", "/articles/\(id)/files/cau.png")
        #expect(anonymous.status == 303, "files need a session too")
    }

    @Test func guessingIsThrottledAndPagesNeedASession() throws {
        let newsroom = try Newsroom()
        try #require(try newsroom.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.admin, input: "mật khẩu đủ dài 1").status == 0)
        let desk = try DeskProcess(newsroom)
        defer { desk.stop() }
        for path in ["/queue", "/new", "/search?q=a", "/articles/abc"] {
            let page = try LoopbackHTTP.request(port: desk.port, "GET", path)
            #expect(page.status == 303 && page.header("Location") == "/signin", "\(path): \(page.status)")
        }
        // Without the sign-in cookie's token, even the right password is refused.
        let (_, cookie, _) = try signInForm(desk)
        let forged = try LoopbackHTTP.request(
            port: desk.port, "POST", "/signin", headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", cookie)],
            body: Data("person=thanhphu&password=m%E1%BA%ADt".utf8))
        #expect(forged.status == 403)
        for _ in 0..<5 {
            #expect(try signIn(desk, Newsroom.reporter, "sai mật khẩu").status == 401)
        }
        let throttled = try signIn(desk, Newsroom.reporter, "mật khẩu đủ dài 1")
        #expect(throttled.status == 429, "the right password waits too, once guessing began")
        #expect(throttled.text.contains("giây"), "says how long, in Vietnamese")
    }
}
