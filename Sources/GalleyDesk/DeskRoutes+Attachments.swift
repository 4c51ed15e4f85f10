import Foundation
import Galley
import HTTPTypes
import Hummingbird

/// Photos on the article page: the upload is `Newsroom.attach` and the remove button
/// `Newsroom.detach`, the calls `galley attach` and `galley detach` make, so a file is
/// checked exactly as the CLI checks it (kind by content, size, name).
extension DeskRoutes {
    func attach(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, person)? = await signedIn(request) else { return toSignIn }
        let id = context.parameters.get("id") ?? ""
        let path = "/articles/\(id)"
        let limit = (try? await desk.run { (newsroom) throws(GalleyError) in try newsroom.snapshot().config.attachmentLimitBytes })
            ?? NewsroomConfig.defaultAttachmentLimitMB * 1_048_576
        guard let contentType = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType: contentType) else {
            return formExpired(visitor, path: path)
        }
        // The form's own fields are small: room for them beside the largest file allowed.
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit + 64 * 1024)
        } catch {
            let refusal = GalleyError(.refused, .attachment(.tooLarge(name: "", bytes: limit + 64 * 1024, limitBytes: limit)))
            return await refusedOnArticle(refusal, id, visitor, person, status: .contentTooLarge)
        }
        guard let form = MultipartForm(Data(buffer: body), boundary: boundary), let given = form["csrf"],
            let expected = visitor.session?.formToken, Token.same(given, expected)
        else { return formExpired(visitor, path: path) }
        guard let file = form.file("file") else {
            return await refusedOnArticle(GalleyError(.invalidInput, .attachment(.empty(name: "—"))), id, visitor, person, status: .badRequest)
        }
        let (caption, credit, alt) = (form.filled("caption"), form.filled("credit"), form.filled("alt"))
        let data = file.data
        // A browser may send the path it came from (old Internet Explorer): its last component is the name.
        let name = String(file.fileName?.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
        do {
            _ = try await desk.write(signingWith: visitor.session) { (newsroom) throws(GalleyError) in
                try newsroom.attach(
                    id, data: data, name: name, caption: caption, credit: credit, alt: alt, note: nil,
                    actorID: person.id)
            }
            return redirect("\(path)?done=attach")
        } catch {
            return await refusedOnArticle(error, id, visitor, person, status: Self.status(of: error))
        }
    }

    func detach(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, person)? = await signedIn(request) else { return toSignIn }
        let id = context.parameters.get("id") ?? ""
        let path = "/articles/\(id)"
        guard let form = await checkedForm(request, context, expected: visitor.session?.formToken) else {
            return formExpired(visitor, path: path)
        }
        do {
            _ = try await desk.write(signingWith: visitor.session) { (newsroom) throws(GalleyError) in
                try newsroom.detach(id, name: form["name"] ?? "", note: nil, actorID: person.id)
            }
            return redirect("\(path)?done=detach")
        } catch {
            return await refusedOnArticle(error, id, visitor, person, status: Self.status(of: error))
        }
    }

    /// The article page again, with the refusal's own words above it.
    private func refusedOnArticle(_ error: GalleyError, _ id: String, _ visitor: Visitor, _ person: Person, status: HTTPResponse.Status) async -> Response {
        let path = "/articles/\(id)"
        guard let view = try? await articleView(id, for: person) else { return errorPage(error, visitor, path: path) }
        return page(ArticlePage.render(visitor.context(path), view, error: error.text(in: visitor.language)), status: status)
    }
}
