import Galley

/// What the article page shows, read from one call into the newsroom.
struct ArticleView: Sendable {
    var article: StoredArticle
    var workflow: Workflow
    /// The steps the rules allow this person on this article now (`Workflow.availableTransitions`, as the queue).
    var steps: [Workflow.Transition]
    var mayEdit: Bool
    /// Its history, newest first (`Newsroom.events`, as `galley log ID`).
    var history: [Event]
    /// Its photos and files (`Newsroom.attachments`, as `galley show` lists them).
    var attachments: [AttachedFile] = []
}

/// One article: its text rendered safely, its fields and state, its history, and a button
/// for each step this person may take now (with a note field; required where the workflow says).
enum ArticlePage {
    static func render(_ context: PageContext, _ view: ArticleView, notice: HTML? = nil, error: String? = nil, note: String = "") -> String {
        let language = context.language
        let meta = view.article.document.meta
        var content = HTML.element("h1", [("id", "title")], HTML(text: meta.title))
        let fields: [(DeskLabel, String?)] = [
            (.state, view.workflow.label(of: meta.state) + " (\(meta.state))"), (.author, meta.author), (.byline, meta.byline),
            (.section, meta.section), (.tags, meta.tags.isEmpty ? nil : meta.tags.joined(separator: ", ")),
            (.summary, meta.summary), (.source, meta.source.map { source in meta.sourceURL.map { "\(source) (\($0))" } ?? source }),
            (.assignee, meta.assignee),
            (.created, Catalog.time(meta.created, in: language)), (.updated, meta.updated.map { Catalog.time($0, in: language) }),
            (.lastNote, view.article.lastNote),
        ]
        let rows = fields.compactMap { field -> HTML? in
            guard let value = field.1, !value.isEmpty else { return nil }
            return .element("tr", [], .element("th", [], context.text(field.0)) + .element("td", [("id", "field-\(field.0.rawValue)")], HTML(text: value)))
        }
        content = content + .element("table", [("class", "fields")], .join(rows))
        if view.mayEdit {
            content = content + .element("p", [], .element("a", [("href", "/articles/\(meta.id)/edit"), ("id", "edit")], context.text(.edit)))
        }
        content = content + steps(context, view, note: note)
        content = content + AttachmentsSection.render(context, view)
        content = content + .element("h2", [], context.text(.articleText))
        content = content + .element("article", [("class", "text"), ("id", "body")], Markdown.html(view.article.document.body, files: "/articles/\(meta.id)/files/"))
        content = content + .element("h2", [], context.text(.history)) + history(context, view.history, article: meta.id)
        return Layout.page(meta.title, context, notice: notice, error: error, content)
    }

    /// One form per step: its own note field, so a note is sent with the step it is for.
    static func steps(_ context: PageContext, _ view: ArticleView, note: String) -> HTML {
        guard !view.steps.isEmpty else { return HTML(markup: "") }
        let id = view.article.document.meta.id
        let forms = view.steps.map { step -> HTML in
            let field = "note-\(step.name)"
            var attributes = [("name", "note"), ("id", field), ("rows", "2")]
            if step.requiresNote { attributes.append(("required", "required")) }
            var inner = HTML.void("input", [("type", "hidden"), ("name", "step"), ("value", step.name)])
            if step.requiresBody {
                // `correct` carries the new text: the current text, to change.
                inner = inner + .element("label", [("for", "body-\(step.name)")], context.text(.body))
                    + .element("textarea", [("name", "body"), ("id", "body-\(step.name)")], HTML(markup: "\n") + HTML(text: view.article.document.body))
            }
            inner = inner + .element("label", [("for", field)], context.text(step.requiresNote ? .noteRequired : .note))
                + .element("textarea", attributes, HTML(text: note)).withoutMinimumHeight
                + .element("button", [("type", "submit"), ("id", "step-\(step.name)")], HTML(text: Catalog.stepName(step.name, in: context.language)))
            return .element("div", [("class", "step")], Layout.form("/articles/\(id)/step", token: context.formToken, inner))
        }
        return .element("h2", [], context.text(.steps)) + .join(forms)
    }

    /// Newest first; each step but the first links to its word diff (from the step before it).
    static func history(_ context: PageContext, _ events: [Event], article id: String) -> HTML {
        let changes = Catalog.render(DeskPageLabel.changesLink, in: context.language)
        let rows = events.enumerated().map { index, event -> HTML in
            let step = event.transition ?? Catalog.render(Label.outsideWorkflow, in: context.language)
            let states = event.from.map { "\($0) → \(event.to ?? "")" } ?? "→ \(event.to ?? "")"
            let cells = [Catalog.time(event.time, in: context.language), event.actor ?? "", step, states, event.note ?? "", String(event.commit.prefix(7))]
            var link = HTML(markup: "")
            if index + 1 < events.count {
                let href = "/articles/\(id)/diff?from=\(events[index + 1].commit)&to=\(event.commit)"
                link = .element("a", [("href", href), ("class", "diff-link")], HTML(text: changes))
            }
            return .element("tr", [], .join(cells.map { .element("td", [], HTML(text: $0)) }) + .element("td", [], link))
        }
        let header = [Label.time, .actor, .step, .states, .note, .commit].map { HTML.element("th", [], HTML(text: Catalog.render($0, in: context.language))) }
            + [HTML.element("th", [], HTML(text: Catalog.render(DeskPageLabel.changes, in: context.language)))]
        return .element("table", [("id", "history")], .element("tr", [], .join(header)) + .join(rows, separator: "\n"))
    }
}

extension HTML {
    /// A note's textarea is short: the page's textarea rule is for article text.
    var withoutMinimumHeight: HTML { HTML(markup: rendered.replacingOccurrences(of: "<textarea ", with: "<textarea style=\"min-height:3rem\" ")) }
}
