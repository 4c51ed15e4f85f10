import Foundation
import Galley
import Hummingbird

/// The queue, the article page with its steps, and search.
extension DeskRoutes {
    /// "Việc của tôi": `Newsroom.queue`, the call `galley queue` makes.
    func queue(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, person)? = await signedIn(request) else { return toSignIn }
        do {
            let (items, workflow) = try await desk.run { (newsroom) throws(GalleyError) in
                (try newsroom.queue(actorID: person.id, scope: .waiting).items, try newsroom.snapshot().workflow)
            }
            return page(QueuePage.render(visitor.context("/queue"), items: items, workflow: workflow))
        } catch {
            return errorPage(error, visitor, path: "/queue")
        }
    }

    /// The article, what this person may do to it now, and its history.
    func articleView(_ id: String, for person: Person) async throws(GalleyError) -> ArticleView {
        try await desk.run { (newsroom) throws(GalleyError) in
            let (article, workflow) = try newsroom.show(id)
            let actor = try newsroom.actor(explicitID: person.id, in: try newsroom.snapshot())
            var history: [Event] = []
            try newsroom.events(EventFilter(article: article.document.meta.id)) { (event) throws(GalleyError) -> Bool in
                history.append(event)
                return true
            }
            return ArticleView(
                article: article, workflow: workflow, steps: workflow.availableTransitions(on: article.standing, for: actor),
                mayEdit: workflow.editingRole(on: article.standing, for: actor) != nil, history: history,
                attachments: try newsroom.attachments(of: article.document.meta.id))
        }
    }

    func article(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, person)? = await signedIn(request) else { return toSignIn }
        let id = context.parameters.get("id") ?? ""
        let path = "/articles/\(id)"
        do {
            let view = try await articleView(id, for: person)
            var notice: HTML?
            // After a step or a save: say what was recorded, from the history itself.
            if request.uri.queryParameters["done"] != nil, let last = view.history.first, last.actor == person.id {
                let taken = Message.stepTaken(article: id, step: last.transition ?? "", from: last.from, to: last.to, actor: person.id)
                notice = HTML(text: Catalog.render(taken, in: visitor.language) + " [\(last.commit.prefix(7))]")
            }
            return page(ArticlePage.render(visitor.context(path), view, notice: notice))
        } catch {
            return errorPage(error, visitor, path: path)
        }
    }

    /// A step button: `Newsroom.transition`, the call `galley approve ID -m NOTE` makes (one commit, the same trailers).
    func step(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, person)? = await signedIn(request) else { return toSignIn }
        let id = context.parameters.get("id") ?? ""
        let path = "/articles/\(id)"
        guard let form = await checkedForm(request, context, expected: visitor.session?.formToken) else {
            return formExpired(visitor, path: path)
        }
        let name = form["step"] ?? ""
        let note = form.text("note").flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        let body = form.text("body")
        do {
            _ = try await desk.write(signingWith: visitor.session) { (newsroom) throws(GalleyError) in
                try newsroom.transition(id, name, note: note, body: body, actorID: person.id)
            }
            return redirect("\(path)?done=\(Layout.percentEncoded(name))")
        } catch {
            // The refusal's own words, on the article as it is now; the note typed is kept.
            guard let view = try? await articleView(id, for: person) else { return errorPage(error, visitor, path: path) }
            let html = ArticlePage.render(visitor.context(path), view, error: error.text(in: visitor.language), note: note ?? "")
            return page(html, status: Self.status(of: error))
        }
    }

    /// `/articles/ID/diff?from=REV&to=REV`: `Newsroom.diff`, the call `galley diff ID FROM TO`
    /// makes (commits or state names; no `from`: since the reporter's last submission).
    func articleDiff(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, _)? = await signedIn(request) else { return toSignIn }
        let id = context.parameters.get("id") ?? ""
        let fields = FormFields(request.uri.query ?? "")
        func given(_ name: String) -> String? {
            guard let value = fields[name]?.trimmingSpaces(), !value.isEmpty else { return nil }
            return value
        }
        let (from, to) = (given("from"), given("to"))
        let pageContext = visitor.context("/articles/\(id)/diff")
        do {
            let diff = try await desk.run { (newsroom) throws(GalleyError) in try newsroom.diff(id, from: from, to: to) }
            return page(DiffPage.render(pageContext, id: diff.article, from: from ?? "", to: to ?? "", diff: diff))
        } catch {
            let html = DiffPage.render(pageContext, id: id, from: from ?? "", to: to ?? "", diff: nil, error: error.text(in: visitor.language))
            return page(html, status: Self.status(of: error))
        }
    }

    /// Search: `Newsroom.search`, the call `galley search` makes.
    func search(_ request: Request, _ context: DeskRequestContext) async -> Response {
        guard case let (visitor, _)? = await signedIn(request) else { return toSignIn }
        let query = request.uri.queryParameters["q"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        let path = "/search"
        guard !query.isEmpty else { return page(SearchPage.render(visitor.context(path), query: "", hits: [], workflow: nil)) }
        do {
            let (hits, workflow) = try await desk.run { (newsroom) throws(GalleyError) in
                (try newsroom.search(query, limit: 50).map(\.article), try newsroom.snapshot().workflow)
            }
            return page(SearchPage.render(visitor.context(path), query: query, hits: hits, workflow: workflow))
        } catch {
            return errorPage(error, visitor, path: path)
        }
    }
}
