import Foundation
import Galley
import Hummingbird

/// Writing and editing: `Newsroom.create` (as `galley new`) and `Newsroom.save` (as `galley save`),
/// the edit carrying the version it started from so a stale form never overwrites newer text.
extension DeskRoutes {
    func newArticleForm(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, _)? = await signedIn(request) else { return toSignIn }
        return page(ArticleFormPage.render(visitor.context("/new"), ArticleForm(id: nil, title: "", section: "", body: "")))
    }

    func createArticle(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, person)? = await signedIn(request) else { return toSignIn }
        guard let form = await checkedForm(request, context, expected: visitor.session?.formToken) else {
            return formExpired(visitor, path: "/new")
        }
        let typed = ArticleForm(
            id: nil, title: form["title"] ?? "", section: (form["section"] ?? "").trimmingSpaces(), body: form.text("body") ?? "",
            tags: form["tags"] ?? "", byline: (form["byline"] ?? "").trimmingSpaces(), summary: form["summary"] ?? "")
        // A blank byline is the person's own (as `galley new` without --byline).
        let input = NewArticle(
            title: typed.title, section: typed.section.isEmpty ? nil : typed.section, tags: typed.tagList,
            byline: typed.byline.isEmpty ? nil : typed.byline, summary: typed.summary, body: typed.body)
        do {
            let step = try await desk.write(signingWith: visitor.session) { (newsroom) throws(GalleyError) in
                try newsroom.create(input, actorID: person.id)
            }
            return redirect("/articles/\(step.event.article ?? "")?done=create")
        } catch {
            let html = ArticleFormPage.render(visitor.context("/new"), typed, error: error.text(in: visitor.language))
            return page(html, status: Self.status(of: error))
        }
    }

    func editForm(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, person)? = await signedIn(request) else { return toSignIn }
        let id = context.parameters.get("id") ?? ""
        let path = "/articles/\(id)/edit"
        do {
            let (article, version) = try await desk.run { (newsroom) throws(GalleyError) in try newsroom.articleForEditing(id, actorID: person.id) }
            let meta = article.document.meta
            let form = ArticleForm(
                id: meta.id, title: meta.title, section: meta.section ?? "", body: article.document.body, version: version,
                tags: meta.tags.joined(separator: ", "), byline: meta.byline ?? "", summary: meta.summary ?? "")
            return page(ArticleFormPage.render(visitor.context(path), form))
        } catch {
            return errorPage(error, visitor, path: path)
        }
    }

    func saveArticle(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, person)? = await signedIn(request) else { return toSignIn }
        let id = context.parameters.get("id") ?? ""
        let path = "/articles/\(id)/edit"
        guard let form = await checkedForm(request, context, expected: visitor.session?.formToken) else {
            return formExpired(visitor, path: path)
        }
        let typed = ArticleForm(
            id: id, title: form["title"] ?? "", section: "", body: form.text("body") ?? "", version: form["version"], tags: form["tags"] ?? "",
            byline: form["byline"] ?? "", summary: form["summary"] ?? "")
        // A field the form did not send stays as it is; one sent empty is removed.
        let edits = ContentEdits(
            summary: form["summary"], tags: form["tags"] == nil ? nil : typed.tagList, byline: form["byline"].map { $0.trimmingSpaces() })
        // A form without its version cannot prove it saw the current text: refused like a stale one.
        let version = typed.version ?? ""
        do {
            let step = try await desk.write(signingWith: visitor.session) { (newsroom) throws(GalleyError) in
                try newsroom.save(id, content: .body(typed.body), title: typed.title, edits: edits, basedOn: version, actorID: person.id)
            }
            return redirect("/articles/\(id)" + (step == nil ? "" : "?done=revise"))
        } catch {
            // The person's text stays in the form. Once they have seen the version saved
            // meanwhile (shown below it), the form carries that version: saving again is a choice.
            var kept = typed
            let current = try? await desk.run { (newsroom) throws(GalleyError) in try newsroom.articleForEditing(id, actorID: person.id) }
            if let current { kept.version = current.version }
            let html = ArticleFormPage.render(visitor.context(path), kept, error: error.text(in: visitor.language), current: current?.article)
            return page(html, status: Self.status(of: error))
        }
    }
}
