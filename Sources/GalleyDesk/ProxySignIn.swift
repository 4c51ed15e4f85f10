import Foundation
import Galley
import HTTPTypes
import Hummingbird

/// Sign-in by a reverse proxy that has authenticated the person itself (`serve
/// --proxy-user-header NAME --proxy-address ADDR…`). Only a request whose peer is a listed
/// proxy is believed: its header names a people.yaml `login` (or id), and the request goes on
/// with that person's session, made once and reused so its form token stays the same. From
/// any other peer the header is ignored (anyone can send it). A name that is nobody active
/// here is refused with 403, never signed in.
struct ProxySignIn: RouterMiddleware {
    typealias Context = DeskRequestContext
    let routes: DeskRoutes
    let header: HTTPField.Name
    let sessions = ProxySessions()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard routes.configuration.isTrustedProxy(context.remoteAddress?.ipAddress), let login = request.headers[header]?.trimmingSpaces(),
            !login.isEmpty
        else { return try await next(request, context) }
        let person = try? await routes.desk.run { (newsroom) throws(GalleyError) in try newsroom.snapshot().people.person(login: login) }
        guard let person = person ?? nil, person.active else {
            let visitor = await routes.visitor(request)
            let page = visitor.context(request.uri.path)
            let text = Catalog.render(DeskPageMessage.proxyUserUnknown(login: login), in: visitor.language)
            return routes.page(Layout.page(page.word(.notAllowed), page, error: text, HTML(markup: "")), status: .forbidden)
        }
        let token = await sessions.token(for: person.id, in: routes.sessions)
        // The proxy's word replaces any session cookie the browser sent.
        var head = request.head
        let others = request.headers[values: .cookie].flatMap { $0.split(separator: ";") }.map { $0.trimmingSpaces() }
            .filter { !$0.hasPrefix(DeskRoutes.sessionCookie + "=") }
        head.headerFields[.cookie] = (others + ["\(DeskRoutes.sessionCookie)=\(token)"]).joined(separator: "; ")
        return try await next(Request(head: head, body: request.body), context)
    }
}

/// The session each proxy-named person is on (their session cookie token), kept while it lives.
actor ProxySessions {
    private var tokens: [String: String] = [:]

    func token(for person: String, in sessions: Sessions) async -> String {
        if let token = tokens[person], await sessions.session(token)?.person == person { return token }
        let (token, _) = await sessions.start(for: person)
        tokens[person] = token
        return token
    }
}
