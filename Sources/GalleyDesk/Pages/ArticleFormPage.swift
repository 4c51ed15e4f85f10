import Foundation
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
    /// As typed: tags separated by commas.
    var tags: String = ""
    var byline: String = ""
    var summary: String = ""

    /// The tags field's list: split at commas, spaces trimmed, empty ones dropped.
    var tagList: [String] {
        tags.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// The writing form: title, section (new only), summary, tags, byline and body; an edit
/// carries the version it started from.
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
        fields.append(.element("label", [("for", "summary")], HTML(text: Catalog.render(Label.fieldSummary, in: context.language))))
        fields.append(.void("input", [("type", "text"), ("id", "summary"), ("name", "summary"), ("value", form.summary)]))
        fields.append(.element("label", [("for", "tags")], HTML(text: Catalog.render(DeskPageLabel.tagsCommaSeparated, in: context.language))))
        fields.append(.void("input", [("type", "text"), ("id", "tags"), ("name", "tags"), ("value", form.tags)]))
        fields.append(.element("label", [("for", "byline")], HTML(text: Catalog.render(DeskPageLabel.bylineField, in: context.language))))
        fields.append(.void("input", [("type", "text"), ("id", "byline"), ("name", "byline"), ("value", form.byline)]))
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
