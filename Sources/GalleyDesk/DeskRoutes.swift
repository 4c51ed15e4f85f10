import Foundation
import Galley
import HTTPTypes
import Hummingbird

/// The desk's pages and forms. Every handler makes the same `Newsroom` call as the CLI
/// command it stands for; the desk adds sessions, anti-forgery tokens and HTML, nothing else.
struct DeskRoutes: Sendable {
    let desk: NewsroomDesk
    let configuration: DeskConfiguration
    let sessions = Sessions()
    let throttle = SignInThrottle()

    static let sessionCookie = "galley_session"
    static let signInCookie = "galley_signin"
    static let languageCookie = "galley_lang"

    func register(on router: Router<DeskRequestContext>) {
        router.get("/") { _, _ in Response.redirect(to: "/queue", type: .found) }
        router.get("/signin") { request, context in await signInPage(request, context) }
        router.post("/signin") { request, context in await signIn(request, context) }
        router.post("/signout") { request, context in await signOut(request, context) }
        router.get("/language/:code") { request, context in languageChoice(request, context) }
        router.get("/queue") { request, context in await queue(request, context) }
        router.get("/search") { request, context in await search(request, context) }
        router.get("/articles/:id") { request, context in await article(request, context) }
        router.post("/articles/:id/step") { request, context in await step(request, context) }
        router.get("/new") { request, context in await newArticleForm(request, context) }
        router.post("/new") { request, context in await createArticle(request, context) }
        router.get("/articles/:id/diff") { request, context in await articleDiff(request, context) }
        router.get("/articles/:id/edit") { request, context in await editForm(request, context) }
        router.get("/articles/:id/files/:name") { request, context in await articleFile(request, context) }
        router.post("/articles/:id/edit") { request, context in await saveArticle(request, context) }
        router.post("/articles/:id/attach") { request, context in await attach(request, context) }
        router.post("/articles/:id/detach") { request, context in await detach(request, context) }
        router.get("/log") { request, context in await logPage(request, context) }
        router.get("/log.csv") { request, context in await logDownload(request, context, .csv) }
        router.get("/log.json") { request, context in await logDownload(request, context, .json) }
        router.get("/verify") { request, context in await verifyPage(request, context) }
        router.get("/password") { request, context in await passwordForm(request, context) }
        router.post("/password") { request, context in await changePassword(request, context) }
    }

    // MARK: Who is asking

    /// The reader: their language, and their session and person when signed in.
    struct Visitor: Sendable {
        var language: Language
        var token: String?
        var session: Sessions.Session?
        var person: Person?

        func context(_ path: String) -> PageContext {
            PageContext(language: language, person: person, formToken: session?.formToken, path: path)
        }
    }

    func visitor(_ request: Request) async -> Visitor {
        let configured = try? await desk.run { (newsroom) throws(GalleyError) in newsroom.configuredLanguage }
        let chosen = request.cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) }
        let language = chosen ?? configuration.language ?? configured.flatMap { Language(code: $0) } ?? .vi
        let token = request.cookies[Self.sessionCookie]?.value
        guard let session = await sessions.session(token) else { return Visitor(language: language) }
        // A person deactivated (or removed) since signing in is signed out at once.
        let person = try? await desk.run { (newsroom) throws(GalleyError) in try newsroom.snapshot().people.person(session.person) }
        guard let person = person ?? nil, person.active else {
            await sessions.end(token)
            return Visitor(language: language)
        }
        return Visitor(language: language, token: token, session: session, person: person)
    }

    /// A signed-in visitor and their person; nil sends the visitor to `toSignIn`. Every page
    /// but sign-in opens with `guard case let (visitor, person)? = await signedIn(request) else { return toSignIn }`.
    func signedIn(_ request: Request) async -> (Visitor, Person)? {
        let visitor = await visitor(request)
        guard let person = visitor.person else { return nil }
        return (visitor, person)
    }

    /// Where a visitor without a session goes.
    var toSignIn: Response { .redirect(to: "/signin", type: .normal) }

    /// The form's fields, if it carries this session's anti-forgery token.
    func checkedForm(_ request: Request, _ context: DeskRequestContext, expected: String?) async -> FormFields? {
        guard let buffer = try? await request.body.collect(upTo: context.maxUploadSize) else { return nil }
        let form = FormFields(String(buffer: buffer))
        guard let expected, let given = form["csrf"], Token.same(given, expected) else { return nil }
        return form
    }

    /// The client's address: the peer's, or the proxy's word for it when the proxy is trusted.
    func clientAddress(_ request: Request, _ context: DeskRequestContext) -> String {
        if configuration.trustProxy, configuration.isTrustedProxy(context.remoteAddress?.ipAddress), let name = HTTPField.Name("X-Forwarded-For"), let forwarded = request.headers[name] {
            if let last = forwarded.split(separator: ",").last { return last.trimmingSpaces() }
        }
        return context.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Secure cookies when the desk is told it is behind TLS, or a trusted proxy says the request came over https.
    func secure(_ request: Request) -> Bool {
        if configuration.secureCookies { return true }
        guard configuration.trustProxy, let name = HTTPField.Name("X-Forwarded-Proto"), let proto = request.headers[name] else { return false }
        return proto.lowercased() == "https"
    }

    func cookie(_ name: String, _ value: String, maxAge: Int?, _ request: Request) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure(request), httpOnly: true, sameSite: .strict)
    }

    // MARK: Responses

    /// An HTML page that runs no script (the policy forbids any), cannot be framed and is never cached.
    func page(_ html: String, status: HTTPResponse.Status = .ok, cookies: [Cookie] = []) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8", .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
            .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: http:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ]
        if let referrer = HTTPField.Name("Referrer-Policy") { headers[referrer] = "same-origin" }
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie.description)) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func redirect(_ location: String, cookies: [Cookie] = []) -> Response {
        var response = Response.redirect(to: location, type: .normal)
        for cookie in cookies { response.headers.append(HTTPField(name: .setCookie, value: cookie.description)) }
        return response
    }

    /// A refused form: nothing was done, and the page says so.
    func formExpired(_ visitor: Visitor, path: String) -> Response {
        let context = visitor.context(path)
        let text = Catalog.render(.desk(.formExpired), in: visitor.language)
        return page(Layout.page(context.word(.notAllowed), context, error: text, HTML(markup: "")), status: .forbidden)
    }

    /// An error page for a refusal or a missing article, in the reader's language.
    func errorPage(_ error: GalleyError, _ visitor: Visitor, path: String) -> Response {
        let context = visitor.context(path)
        let status: HTTPResponse.Status = error.kind == .notFound ? .notFound : (error.kind == .failure ? .internalServerError : .forbidden)
        let title = context.word(error.kind == .notFound ? .notFound : .notAllowed)
        return page(Layout.page(title, context, error: error.text(in: visitor.language), HTML(markup: "")), status: status)
    }

    static func status(of error: GalleyError) -> HTTPResponse.Status {
        switch error.kind {
        case .refused: .conflict
        case .invalidInput: .badRequest
        case .notFound: .notFound
        case .failure: .internalServerError
        }
    }

    /// `?back=` for the language switch: a path of this site only.
    static func localPath(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.hasPrefix("/\\") else { return "/queue" }
        return text
    }
}
