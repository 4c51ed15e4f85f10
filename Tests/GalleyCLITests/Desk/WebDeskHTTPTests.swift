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
