import Foundation
import Testing

/// `serve --proxy-user-header NAME --proxy-address ADDR…`: a listed proxy's header signs the
/// person it names in (by people.yaml `login`); from any other address the header is ignored.
@Suite("Sign-in by a trusted reverse proxy", .serialized)
struct WebDeskProxySignInTests {
    static func proxied(_ desk: DeskProcess, _ path: String, user: String?, cookie: String? = nil, method: String = "GET", body: String? = nil) throws
        -> LoopbackHTTP.Reply
    {
        var headers: [(String, String)] = []
        if let user { headers.append(("X-Remote-User", user)) }
        if let cookie { headers.append(("Cookie", cookie)) }
        if body != nil { headers.append(("Content-Type", "application/x-www-form-urlencoded")) }
        return try LoopbackHTTP.request(port: desk.port, method, path, headers: headers, body: body.map { Data($0.utf8) })
    }

    @Test func theListedProxysHeaderSignsInByLogin() throws {
        let newsroom = try Newsroom()
        try newsroom.ok(["people", "login", Newsroom.editor, "ngoc.ha"], as: Newsroom.admin)
        let id = try newsroom.newArticle("Cầu Đông Lạc")
        try newsroom.ok(["submit", id], as: Newsroom.reporter)
        let desk = try DeskProcess(newsroom, extraArguments: ["--proxy-user-header", "X-Remote-User", "--proxy-address", "127.0.0.1"])
        defer { desk.stop() }

        let queue = try Self.proxied(desk, "/queue", user: "ngoc.ha")
        #expect(queue.status == 200, "\(queue.status)")
        #expect(queue.text.contains("(\(Newsroom.editor))") && queue.text.contains("data-article=\"\(id)\""), "signed in as the editor by their login")
        // The session is reused, so a page's form token works for the next request's form.
        let page = try Self.proxied(desk, "/articles/\(id)", user: "ngoc.ha")
        let token = try #require(DeskVisitor.formToken(in: page.text))
        let approved = try Self.proxied(desk, "/articles/\(id)/step", user: "ngoc.ha", method: "POST", body: "csrf=\(token)&step=approve")
        #expect(approved.status == 303, "\(approved.status) \(approved.text)")
        #expect(try newsroom.gitOut(["log", "-1", "--format=%(trailers:key=Galley-Actor,valueonly)"]) == Newsroom.editor)
        // Still a form token: a forged POST through the proxy does nothing.
        let head = try newsroom.head()
        #expect(try Self.proxied(desk, "/articles/\(id)/step", user: "ngoc.ha", method: "POST", body: "step=reject&note=x").status == 403)
        #expect(try newsroom.head() == head)

        // Someone else's session cookie does not outweigh the proxy's word.
        try newsroom.setPassword(Newsroom.reporter, "mật khẩu đủ dài 1")
        let reporter = try DeskVisitor(desk, Newsroom.reporter, "mật khẩu đủ dài 1")
        let mixed = try Self.proxied(desk, "/queue", user: "ngoc.ha", cookie: reporter.cookie)
        #expect(mixed.text.contains("(\(Newsroom.editor))") && !mixed.text.contains("(\(Newsroom.reporter))"))

        // Unknown, the id when a login is set, hostile text, a deactivated person: refused, never signed in.
        for user in ["khongco", Newsroom.editor, "<script>alert(1)</script>"] {
            let refused = try Self.proxied(desk, "/queue", user: user)
            #expect(refused.status == 403 && !refused.text.contains("<script>") && !refused.text.contains("data-article"), "\(user): \(refused.status)")
        }
        try newsroom.ok(["people", "deactivate", Newsroom.editor], as: Newsroom.admin)
        let deactivated = try Self.proxied(desk, "/queue", user: "ngoc.ha")
        #expect(deactivated.status == 403 && !deactivated.text.contains("data-article"), "\(deactivated.status)")
        // Without the header a request from the proxy is an ordinary visitor.
        #expect(try Self.proxied(desk, "/queue", user: nil).status == 303)
    }

    @Test func fromAnyOtherAddressTheHeaderIsIgnored() throws {
        let newsroom = try Newsroom()
        let desk = try DeskProcess(newsroom, extraArguments: ["--proxy-user-header", "X-Remote-User", "--proxy-address", "192.0.2.7"])
        defer { desk.stop() }
        for path in ["/queue", "/log", "/new"] {
            let page = try Self.proxied(desk, path, user: Newsroom.chief)
            #expect(page.status == 303 && page.header("Location") == "/signin", "\(path): \(page.status)")
        }
        let plain = try DeskProcess(newsroom)
        defer { plain.stop() }
        #expect(try Self.proxied(plain, "/queue", user: Newsroom.chief).status == 303, "without the option no header counts")
    }

    @Test func badProxyOptionsAreUsageErrors() throws {
        let newsroom = try Newsroom()
        for arguments in [
            ["serve", "--proxy-user-header", "X-Remote-User"], ["serve", "--proxy-user-header", "X Remote", "--proxy-address", "127.0.0.1"],
            ["serve", "--proxy-user-header", "X-Remote-User", "--proxy-address", "proxy.example.vn"],
        ] {
            let result = try newsroom.galley(arguments)
            #expect(result.status == 64, "\(arguments): \(result)")
        }
    }
}
