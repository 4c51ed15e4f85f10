import Galley

/// An article's word diff between two revisions, with `galley diff`'s semantics (the same
/// `Newsroom.diff`): each changed front-matter field, then the body, deleted words in
/// `<del>`, inserted ones in `<ins>`, every character of the text escaped.
enum DiffPage {
    static func render(_ context: PageContext, id: String, from: String, to: String, diff: ArticleDiff?, error: String? = nil) -> String {
        let language = context.language
        func word(_ label: DeskPageLabel) -> HTML { HTML(text: Catalog.render(label, in: language)) }
        let heading = "\(Catalog.render(DeskPageLabel.changes, in: language)): \(id)"
        let form = HTML.element(
            "form", [("method", "get"), ("action", "/articles/\(id)/diff"), ("class", "filters")],
            .element("label", [("for", "from")], word(.from)) + .void("input", [("type", "text"), ("id", "from"), ("name", "from"), ("value", from)])
                + .element("label", [("for", "to")], word(.to)) + .void("input", [("type", "text"), ("id", "to"), ("name", "to"), ("value", to)])
                + .element("p", [], .element("button", [("type", "submit"), ("id", "compare")], word(.compare))))
        var content = HTML.element("h1", [], HTML(text: heading))
            + .element("p", [], .element("a", [("href", "/articles/\(id)")], HTML(text: "← " + id))) + form
        if let diff {
            let revisions = "\(diff.from.commit.prefix(7)) (\(diff.from.state)) → \(diff.to.commit.prefix(7)) (\(diff.to.state))"
            content = content + .element("p", [("class", "meta"), ("id", "revisions")], HTML(text: revisions))
            if !diff.fields.isEmpty {
                let rows = diff.fields.map { change -> HTML in
                    let name = FieldLabels.label(for: change.field).map { Catalog.render($0, in: language) } ?? change.field
                    return .element("tr", [("data-field", change.field)], .element("th", [], HTML(text: name)) + .element("td", [], marked(change)))
                }
                content = content + .element("table", [("id", "field-changes")], .join(rows))
            }
            if diff.body.contains(where: { $0.operation != .equal }) {
                content = content + .element("div", [("class", "diff"), ("id", "diff")], marked(diff.body))
            } else {
                content = content + .element("p", [("id", "no-changes")], HTML(text: Catalog.render(Label.noTextChanges, in: language)))
            }
        }
        return Layout.page(heading, context, error: error, content)
    }

    /// The segments as text, deletions in `<del>` and insertions in `<ins>`.
    static func marked(_ segments: [WordDiff.Segment]) -> HTML {
        .join(segments.map { segment in
            switch segment.operation {
            case .equal: HTML(text: segment.text)
            case .delete: .element("del", [], HTML(text: segment.text))
            case .insert: .element("ins", [], HTML(text: segment.text))
            }
        })
    }

    /// A field as `galley diff` shows it: a text as its word diff, a list item by item.
    static func marked(_ change: FieldChange) -> HTML {
        switch change.kind {
        case .text: marked(change.segments)
        case .list: .join(change.segments.map { marked([$0]) }, separator: ", ")
        }
    }
}
