import Galley

/// Search: the same index query as `galley search` (diacritics folded, so "Dang" finds "Đặng").
enum SearchPage {
    static func render(_ context: PageContext, query: String, hits: [StoredArticle], workflow: Workflow?) -> String {
        let form = HTML.element(
            "form", [("method", "get"), ("action", "/search"), ("role", "search")],
            .void("input", [("type", "search"), ("name", "q"), ("id", "q"), ("value", query), ("aria-label", context.word(.search))])
                + .element("button", [("type", "submit")], context.text(.searchButton)))
        var content = HTML.element("h1", [], context.text(.search)) + form
        if !query.isEmpty {
            if hits.isEmpty {
                content = content + .element("p", [("id", "empty")], context.text(.nothingFound))
            } else {
                let rows = hits.map { article -> HTML in
                    let meta = article.document.meta
                    return .element(
                        "li", [("data-article", meta.id)],
                        .element("a", [("href", "/articles/\(meta.id)")], HTML(text: meta.title))
                            + .element("div", [("class", "meta")], HTML(text: "\(workflow?.label(of: meta.state) ?? meta.state) · \(meta.author)")))
                }
                content = content + .element("ul", [("class", "queue")], .join(rows, separator: "\n"))
            }
        }
        return Layout.page(context.word(.search), context, content)
    }
}
