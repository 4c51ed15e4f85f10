import Foundation
import Galley
import HTTPTypes
import Hummingbird

/// The auditor's and the chief's pages: `Newsroom.events` with `galley log`'s filters (the
/// same `LogQuery`), its downloads written by `EventExport` (the CLI's bytes), and
/// `Newsroom.verify`, the call `galley verify` makes.
extension DeskRoutes {
    /// At most this many events on the page when no limit is given (the downloads have all).
    static let logPageDefault = 200

    enum LogDownload { case csv, json }

    /// The log's filters from the query string, as `galley log`'s options (an empty field is
    /// no filter), or the "at most" text when it is not a number of 1 or more.
    static func logQuery(_ request: Request) -> Result<LogQuery, BadLimit> {
        let fields = FormFields(request.uri.query ?? "")
        func given(_ name: String) -> String? {
            guard let value = fields[name]?.trimmingSpaces(), !value.isEmpty else { return nil }
            return value
        }
        var limit: Int?
        if let text = given("limit") {
            guard let number = Int(text), number >= 1 else { return .failure(BadLimit(given: text)) }
            limit = number
        }
        return .success(LogQuery(
            article: given("article"), actor: given("actor"), role: given("role"), transition: given("transition"), state: given("state"),
            since: given("since"), until: given("until"), limit: limit))
    }

    struct BadLimit: Error {
        var given: String
    }

    /// Signed in and allowed to audit; otherwise the response to send (sign-in, or 403 saying who may).
    func auditor(_ request: Request) async -> Result<(Visitor, Person), AuditRefusal> {
        guard case let (visitor, person)? = await signedIn(request) else { return .failure(AuditRefusal(response: toSignIn)) }
        guard AuditAccess.allows(person) else {
            let context = visitor.context(request.uri.path)
            let text = Catalog.render(DeskPageMessage.auditOnly(person: person.id, roles: person.roles, allowed: AuditAccess.roles), in: visitor.language)
            return .failure(AuditRefusal(response: page(Layout.page(context.word(.notAllowed), context, error: text, HTML(markup: "")), status: .forbidden)))
        }
        return .success((visitor, person))
    }

    struct AuditRefusal: Error {
        var response: Response
    }

    func events(_ query: LogQuery, pageLimit: Int?) async throws(GalleyError) -> (events: [Event], workflow: Workflow) {
        try await desk.run { (newsroom) throws(GalleyError) in
            let snapshot = try newsroom.snapshot()
            var filter = try query.filter(in: snapshot)
            if filter.limit == nil, let pageLimit { filter.limit = pageLimit }
            var events: [Event] = []
            try newsroom.events(filter) { (event) throws(GalleyError) -> Bool in
                events.append(event)
                return true
            }
            return (events, snapshot.workflow)
        }
    }

    func logPage(_ request: Request, _ context: DeskRequestContext) async -> Response {
        let visitor: Visitor
        switch await auditor(request) {
        case .failure(let refusal): return refusal.response
        case .success(let allowed): visitor = allowed.0
        }
        let pageContext = visitor.context("/log")
        let query: LogQuery
        switch Self.logQuery(request) {
        case .success(let given): query = given
        case .failure(let bad):
            let text = Catalog.render(DeskPageMessage.badLimit(given: bad.given), in: visitor.language)
            return page(LogPage.render(pageContext, query: LogQuery(), events: [], workflow: nil, error: text), status: .badRequest)
        }
        do {
            let (events, workflow) = try await events(query, pageLimit: Self.logPageDefault)
            let capped = query.limit == nil && events.count >= Self.logPageDefault
            return page(LogPage.render(pageContext, query: query, events: events, workflow: workflow, capped: capped ? Self.logPageDefault : nil))
        } catch {
            let html = LogPage.render(pageContext, query: query, events: [], workflow: nil, error: error.text(in: visitor.language))
            return page(html, status: Self.status(of: error))
        }
    }

    /// `/log.csv`, `/log.json`: the bytes `galley log --format csv/json` prints for the same filters.
    func logDownload(_ request: Request, _ context: DeskRequestContext, _ format: LogDownload) async -> Response {
        let visitor: Visitor
        switch await auditor(request) {
        case .failure(let refusal): return refusal.response
        case .success(let allowed): visitor = allowed.0
        }
        let query: LogQuery
        switch Self.logQuery(request) {
        case .success(let given): query = given
        case .failure(let bad):
            let context = visitor.context("/log")
            let text = Catalog.render(DeskPageMessage.badLimit(given: bad.given), in: visitor.language)
            return page(Layout.page(context.word(.notAllowed), context, error: text, HTML(markup: "")), status: .badRequest)
        }
        do {
            let (events, _) = try await events(query, pageLimit: nil)
            let (text, type, name) = switch format {
            case .csv: (EventExport.csv(events), "text/csv; charset=utf-8", "galley-log.csv")
            case .json: (EventExport.json(events), "application/json; charset=utf-8", "galley-log.json")
            }
            var headers: HTTPFields = [
                .contentType: type, .xContentTypeOptions: "nosniff", .cacheControl: "no-store",
                .contentSecurityPolicy: "default-src 'none'; sandbox",
            ]
            if let disposition = HTTPField.Name("Content-Disposition") { headers[disposition] = "attachment; filename=\"\(name)\"" }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
        } catch {
            // A filter the newsroom lacks: the log form, with the refusal, to correct it.
            let html = LogPage.render(visitor.context("/log"), query: query, events: [], workflow: nil, error: error.text(in: visitor.language))
            return page(html, status: Self.status(of: error))
        }
    }

    /// verify's verdict: ok, or each violation (commit, article, rule, message).
    func verifyPage(_ request: Request, _ context: DeskRequestContext) async -> Response {
        let visitor: Visitor
        switch await auditor(request) {
        case .failure(let refusal): return refusal.response
        case .success(let allowed): visitor = allowed.0
        }
        do {
            let report = try await desk.run { (newsroom) throws(GalleyError) in try newsroom.verify(since: nil) }
            return page(VerifyPage.render(visitor.context("/verify"), report))
        } catch {
            return errorPage(error, visitor, path: "/verify")
        }
    }
}
