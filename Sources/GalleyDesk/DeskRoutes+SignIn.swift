import Foundation
import Galley
import Hummingbird

/// Signing in and out, and the language switch.
extension DeskRoutes {
    func signInPage(_ request: Request, _ context: DeskRequestContext) async -> Response {
        let visitor = await visitor(request)
        if visitor.person != nil { return .redirect(to: "/queue", type: .normal) }
        return freshSignInPage(visitor, request, status: .ok)
    }

    /// The form with a new sign-in token, in a cookie and in the form (the form's token must match the cookie).
    func freshSignInPage(_ visitor: Visitor, _ request: Request, status: HTTPResponse.Status, person: String = "", error: String? = nil) -> Response {
        let token = Token.make()
        let html = SignInPage.render(visitor.context("/signin"), token: token, person: person, error: error)
        return page(html, status: status, cookies: [cookie(Self.signInCookie, token, maxAge: 3600, request)])
    }

    func signIn(_ request: Request, _ context: DeskRequestContext) async -> Response {
        let visitor = await visitor(request)
        guard let form = await checkedForm(request, context, expected: request.cookies[Self.signInCookie]?.value) else {
            return freshSignInPage(visitor, request, status: .forbidden, error: Catalog.render(.desk(.formExpired), in: visitor.language))
        }
        let id = (form["person"] ?? "").trimmingSpaces().lowercased()
        let password = form["password"] ?? ""
        let address = clientAddress(request, context)
        if let seconds = await throttle.wait(person: id, address: address) {
            let text = Catalog.render(.desk(.signInThrottled(seconds: seconds)), in: visitor.language)
            return freshSignInPage(visitor, request, status: .tooManyRequests, person: id, error: text)
        }
        let person: Person?
        let deskKey: DeskKey?
        do {
            (person, deskKey) = try await desk.run { (newsroom) throws(GalleyError) in
                guard let person = try newsroom.checkPassword(id: id, password: password) else { return (nil, nil) }
                // The desk key opens with the same password; without one, signed newsrooms refuse this person's steps.
                return (person, try? newsroom.openDeskKey(id: id, password: password))
            }
        } catch {
            return freshSignInPage(visitor, request, status: .internalServerError, person: id, error: error.text(in: visitor.language))
        }
        guard let person else {
            await throttle.failed(person: id, address: address)
            let text = Catalog.render(.desk(.signInRefused), in: visitor.language)
            return freshSignInPage(visitor, request, status: .unauthorized, person: id, error: text)
        }
        await throttle.succeeded(person: person.id)
        // A new token at every sign-in: a token planted before it (session fixation) is worthless.
        await sessions.end(visitor.token)
        let (token, _) = await sessions.start(for: person.id, deskKey: deskKey)
        return redirect(
            "/queue",
            cookies: [
                cookie(Self.sessionCookie, token, maxAge: Int(Sessions.lifetime), request), cookie(Self.signInCookie, "", maxAge: 0, request),
            ])
    }

    func signOut(_ request: Request, _ context: DeskRequestContext) async -> Response {
        let visitor = await visitor(request)
        guard await checkedForm(request, context, expected: visitor.session?.formToken) != nil else {
            return formExpired(visitor, path: "/queue")
        }
        await sessions.end(visitor.token)
        return redirect("/signin", cookies: [cookie(Self.sessionCookie, "", maxAge: 0, request)])
    }

    /// `/language/en?back=/queue`: remembers the reader's choice in a cookie (no account setting to change).
    func languageChoice(_ request: Request, _ context: DeskRequestContext) -> Response {
        let back = Self.localPath(request.uri.queryParameters["back"].map(String.init))
        guard let code = context.parameters.get("code"), let language = Language(rawValue: code) else { return redirect(back) }
        return redirect(back, cookies: [cookie(Self.languageCookie, language.rawValue, maxAge: 365 * 24 * 3600, request)])
    }
}
