import Galley

/// The audit trail: `galley log`'s filters as a form (GET, so a filtered view is a link),
/// the events newest first, and the same filters' CSV and JSON downloads.
enum LogPage {
    /// The filters in the form's order: query field, label, value.
    static func filters(_ query: LogQuery) -> [(String, DeskPageLabel, String?)] {
        [
            ("article", .article, query.article), ("actor", .actor, query.actor), ("role", .role, query.role),
            ("transition", .transition, query.transition), ("state", .stateReached, query.state), ("since", .since, query.since),
            ("until", .until, query.until), ("limit", .limit, query.limit.map(String.init)),
        ]
    }

    /// `article=…&actor=…`: the given filters, for the download links.
    static func queryString(_ query: LogQuery) -> String {
        filters(query).compactMap { name, _, value in value.map { "\(name)=\(Layout.percentEncoded($0))" } }.joined(separator: "&")
    }

    static func render(
        _ context: PageContext, query: LogQuery, events: [Event], workflow: Workflow?, capped: Int? = nil, error: String? = nil
    ) -> String {
        let language = context.language
        let inputs = filters(query).map { name, label, value -> HTML in
            .element("label", [("for", "filter-\(name)")], HTML(text: Catalog.render(label, in: language)))
                + .void("input", [("type", "text"), ("id", "filter-\(name)"), ("name", name), ("value", value ?? "")])
        }
        let button = HTML.element("p", [], .element("button", [("type", "submit"), ("id", "filter")], HTML(text: Catalog.render(DeskPageLabel.filter, in: language))))
        let form = HTML.element("form", [("method", "get"), ("action", "/log"), ("class", "filters")], .join(inputs) + button)
        let given = queryString(query)
        let suffix = given.isEmpty ? "" : "?" + given
        let downloads = HTML.element(
            "p", [("class", "downloads")],
            .element("a", [("href", "/log.csv" + suffix), ("id", "download-csv")], HTML(text: Catalog.render(DeskPageLabel.downloadCSV, in: language)))
                + HTML(markup: " · ")
                + .element("a", [("href", "/log.json" + suffix), ("id", "download-json")], HTML(text: Catalog.render(DeskPageLabel.downloadJSON, in: language))))
        // Folded away until used, so on a phone the events come first; open when filtering.
        var folded: [(String, String)] = [("id", "filters")]
        if !given.isEmpty || error != nil { folded.append(("open", "open")) }
        let filters = HTML.element("details", folded, .element("summary", [], HTML(text: Catalog.render(DeskPageLabel.filter, in: language))) + form)
        var content = HTML.element("h1", [], HTML(text: Catalog.render(DeskPageLabel.auditLog, in: language))) + filters + downloads
        if let capped {
            content = content + .element("p", [("class", "meta"), ("id", "capped")], HTML(text: Catalog.render(DeskPageMessage.logShowsFirst(count: capped), in: language)))
        }
        if error == nil {
            content = content + table(context, events, workflow: workflow)
        }
        return Layout.page(Catalog.render(DeskPageLabel.auditLog, in: language), context, error: error, content)
    }

    /// The columns of `galley log`'s table; each article a link to its page.
    static func table(_ context: PageContext, _ events: [Event], workflow: Workflow?) -> HTML {
        let language = context.language
        guard !events.isEmpty else { return .element("p", [("id", "empty")], HTML(text: Catalog.render(Label.noEvents, in: language))) }
        let header = [Label.time, .commit, .actor, .step, .states, .article, .note].map { HTML.element("th", [], HTML(text: Catalog.render($0, in: language))) }
        let rows = events.map { event -> HTML in
            let label = { (state: String) in workflow?.label(of: state) ?? state }
            let states: String
            switch (event.from, event.to) {
            case let (from?, to?) where from == to: states = label(to)
            case let (from?, to?): states = "\(label(from)) → \(label(to))"
            case let (nil, to?): states = "→ \(label(to))"
            default: states = ""
            }
            let step = event.outsideWorkflow ? Catalog.render(Label.outsideWorkflow, in: language) : (event.transition ?? "")
            let article = event.article.map { HTML.element("a", [("href", "/articles/\($0)")], HTML(text: $0)) } ?? HTML(markup: "")
            let cells: [HTML] = [
                HTML(text: Catalog.time(event.time, in: language)), .element("code", [], HTML(text: String(event.commit.prefix(7)))),
                HTML(text: event.actor ?? "?"), HTML(text: step), HTML(text: states), article, HTML(text: event.note ?? ""),
            ]
            return .element("tr", [("data-commit", event.commit)], .join(cells.map { .element("td", [], $0) }))
        }
        return .element("table", [("id", "log")], .element("tr", [], .join(header)) + .join(rows, separator: "\n"))
    }
}
