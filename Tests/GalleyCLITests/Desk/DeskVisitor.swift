import Foundation
import Testing

/// One signed-in person on a running desk, over plain HTTP: their session cookie and the
/// form token their pages carry (what a browser would hold), for tests that post forms.
struct DeskVisitor {
    let desk: DeskProcess
    let cookie: String
    let formToken: String

    /// Signs `person` in through the sign-in form, as a browser does.
    init(_ desk: DeskProcess, _ person: String, _ password: String) throws {
        self.desk = desk
        let form = try LoopbackHTTP.request(port: desk.port, "GET", "/signin")
        let signInCookie = try #require(form.header("Set-Cookie")?.split(separator: ";").first.map(String.init))
        let token = try #require(Self.formToken(in: form.text))
        let body = "csrf=\(token)&person=\(person)&password=\(Self.encoded(password))"
        let reply = try LoopbackHTTP.request(
            port: desk.port, "POST", "/signin", headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", signInCookie)],
            body: Data(body.utf8))
        try #require(reply.status == 303, "sign-in of \(person): \(reply.status) \(reply.text)")
        cookie = try #require(reply.headers.first { $0.1.hasPrefix("galley_session=") }?.1.split(separator: ";").first.map(String.init))
        let queue = try LoopbackHTTP.request(port: desk.port, "GET", "/queue", headers: [("Cookie", cookie)])
        formToken = try #require(Self.formToken(in: queue.text))
    }

    func get(_ path: String) throws -> LoopbackHTTP.Reply {
        try LoopbackHTTP.request(port: desk.port, "GET", path, headers: [("Cookie", cookie)])
    }

    /// Posts `fields` (with this session's form token unless `token` says otherwise).
    func post(_ path: String, _ fields: [(String, String)], token: String? = nil) throws -> LoopbackHTTP.Reply {
        let all = [("csrf", token ?? formToken)] + fields
        let body = all.map { "\($0.0)=\(Self.encoded($0.1))" }.joined(separator: "&")
        return try LoopbackHTTP.request(
            port: desk.port, "POST", path, headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", cookie)],
            body: Data(body.utf8))
    }

    static func formToken(in page: String) -> String? {
        page.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression).map {
            String(page[$0].dropFirst(#"name="csrf" value=""#.count).dropLast())
        }
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

extension Newsroom {
    /// Sets `person`'s desk password as the admin does (`people password ID --stdin`).
    func setPassword(_ person: String, _ password: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let set = try galleyWithInput(["people", "password", person, "--stdin"], as: Newsroom.admin, input: password + "\n")
        try #require(set.status == 0, "\(set)", sourceLocation: sourceLocation)
    }
}
