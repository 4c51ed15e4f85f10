import Foundation
import Galley
import HTTPTypes
import Hummingbird

/// The files beside an article's index.md (its images), for the article page's `<img>`s.
extension DeskRoutes {
    func articleFile(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, _)? = await signedIn(request) else { return toSignIn }
        let id = context.parameters.get("id") ?? ""
        let name = context.parameters.get("name") ?? ""
        let data: Data?
        do {
            data = try await desk.run { (newsroom) throws(GalleyError) in
                let (article, _) = try newsroom.show(id)
                return try newsroom.snapshot().articleFile(name, besideArticleAt: article.path)
            }
        } catch {
            return errorPage(error, visitor, path: "/articles/\(id)")
        }
        guard let data else { return errorPage(GalleyError(.notFound, .lookup(.noAttachedFile(name: name, article: id))), visitor, path: "/articles/\(id)") }
        // The kinds `attach` takes (checked by content when attached); anything else is a download.
        let type = AttachmentType(fileName: name)?.mediaType
        // Served as a sandboxed document that runs nothing (an SVG opened by itself included);
        // a type the desk does not know is a download, never rendered.
        var headers: HTTPFields = [
            .contentType: type ?? "application/octet-stream", .xContentTypeOptions: "nosniff", .cacheControl: "private, no-store",
            .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        ]
        if type == nil, let disposition = HTTPField.Name("Content-Disposition") { headers[disposition] = "attachment" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
