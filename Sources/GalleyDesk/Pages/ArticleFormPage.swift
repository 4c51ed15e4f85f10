import Galley

/// What the new-article and edit forms hold: on a refusal the person's own text comes back in them.
struct ArticleForm: Sendable {
    /// nil: a new article.
    var id: String?
    var title: String
    var section: String
    var body: String
    /// The version (blob id of index.md) the edit started from.
    var version: String?
}

/// The writing form: title, section (new only) and body; an edit carries the version it started from.
enum ArticleFormPage {
    static func render(_ context: PageContext, _ form: ArticleForm, error: String? = nil, current: StoredArticle? = nil) -> String {
        let isNew = form.id == nil
        var fields: [HTML] = [
            .element("label", [("for", "title")], context.text(.title)),
            .void("input", [("type", "text"), ("id", "title"), ("name", "title"), ("value", form.title), ("required", "required")]),
        ]
        if isNew {
            fields.append(.element("label", [("for", "section")], context.text(.section)))
            fields.append(.void("input", [("type", "text"), ("id", "section"), ("name", "section"), ("value", form.section)]))
        }
        if let version = form.version {
            fields.append(.void("input", [("type", "hidden"), ("name", "version"), ("value", version)]))
        }
        fields.append(.element("label", [("for", "body")], context.text(.body)))
        // A newline after the tag: HTML drops the first one, so a body that starts with one keeps it.
        fields.append(.element("textarea", [("id", "body"), ("name", "body")], HTML(markup: "\n") + HTML(text: form.body)))
        fields.append(.element("p", [], .element("button", [("type", "submit"), ("id", "save")], context.text(isNew ? .create : .save))))
        let action = form.id.map { "/articles/\($0)/edit" } ?? "/new"
        let heading = isNew ? context.word(.newArticle) : "\(context.word(.edit)): \(current?.document.meta.title ?? form.title)"
        var content = HTML.element("h1", [], HTML(text: heading)) + Layout.form(action, token: context.formToken, .join(fields))
        if let current {
            // The version saved meanwhile, to compare with the text kept in the form.
            content = content + .element("h2", [], context.text(.articleText))
                + .element("article", [("class", "text"), ("id", "current")], Markdown.html(current.document.body, files: "/articles/\(current.document.meta.id)/files/"))
        }
        return Layout.page(heading, context, error: error, content)
    }
}
