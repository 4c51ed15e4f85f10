import Foundation
import Galley
import HTTPTypes
import Hummingbird

/// `/password`: a person changes their own password with `Newsroom.setPassword`, the call
/// `galley people password ID --stdin` makes (its length rule included), after proving
/// the current one. Wrong current passwords count as failed sign-ins (a session left open
/// on a shared computer must not become a way to guess).
extension DeskRoutes {
    func passwordForm(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, _)? = await signedIn(request) else { return toSignIn }
        return page(PasswordPage.render(visitor.context("/password")))
    }

    func changePassword(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, person)? = await signedIn(request) else { return toSignIn }
        guard let form = await checkedForm(request, context, expected: visitor.session?.formToken) else {
            return formExpired(visitor, path: "/password")
        }
        let pageContext = visitor.context("/password")
        func refused(_ text: String, _ status: HTTPResponse.Status) -> Response {
            page(PasswordPage.render(pageContext, error: text), status: status)
        }
        let address = clientAddress(request, context)
        if let seconds = await throttle.wait(person: person.id, address: address) {
            return refused(Catalog.render(.desk(.signInThrottled(seconds: seconds)), in: visitor.language), .tooManyRequests)
        }
        let current = form["current"] ?? ""
        let new = form["new"] ?? ""
        do {
            guard try await desk.run({ (newsroom) throws(GalleyError) in try newsroom.checkPassword(id: person.id, password: current) }) != nil else {
                await throttle.failed(person: person.id, address: address)
                return refused(Catalog.render(DeskPageMessage.currentPasswordWrong, in: visitor.language), .forbidden)
            }
            guard new == form["again"] else { return refused(Catalog.render(DeskPageMessage.newPasswordsDiffer, in: visitor.language), .badRequest) }
            // The current password re-seals the person's desk key under the new one (it cannot be opened otherwise).
            _ = try await desk.run { (newsroom) throws(GalleyError) in
                try newsroom.setPassword(id: person.id, password: new, actorID: person.id, currentPassword: current)
            }
        } catch {
            return refused(error.text(in: visitor.language), Self.status(of: error))
        }
        let ended = await sessions.end(person: person.id, except: visitor.token)
        return page(PasswordPage.render(pageContext, notice: Catalog.render(DeskPageMessage.passwordChanged(otherSessionsEnded: ended), in: visitor.language)))
    }
}
