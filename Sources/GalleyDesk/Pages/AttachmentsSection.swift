import Galley

/// The article page's photos: each attached file with its caption and credit (a remove
/// button where the person may edit), and an upload form with the caption fields.
enum AttachmentsSection {
    static func render(_ context: PageContext, _ view: ArticleView) -> HTML {
        let id = view.article.document.meta.id
        guard !view.attachments.isEmpty || view.mayEdit else { return HTML(markup: "") }
        var content = HTML.element("h2", [], context.text(.photos))
        let items = view.attachments.map { file -> HTML in
            let url = "/articles/\(id)/files/\(Layout.percentEncoded(file.name))"
            let words = [file.caption, file.credit].compactMap { $0 }.joined(separator: " — ")
            var inner: HTML = file.type?.isImage == true
                ? .void("img", [("src", url), ("alt", file.alt ?? file.caption ?? ""), ("class", "photo")])
                : .element("a", [("href", url)], HTML(text: file.name))
            inner = inner + .element("figcaption", [], HTML(text: words.isEmpty ? file.name : "\(words) (\(file.name), \(Catalog.fileSize(file.bytes)))"))
            if view.mayEdit {
                let remove = HTML.void("input", [("type", "hidden"), ("name", "name"), ("value", file.name)])
                    + .element("button", [("type", "submit"), ("id", "detach-\(file.name)")], context.text(.detach))
                inner = inner + Layout.form("/articles/\(id)/detach", token: context.formToken, remove)
            }
            return .element("figure", [("class", "attachment")], inner)
        }
        content = content + .join(items)
        if view.mayEdit {
            func text(_ name: String, _ label: DeskLabel) -> HTML {
                .element("label", [("for", "attach-\(name)")], context.text(label))
                    + .void("input", [("type", "text"), ("name", name), ("id", "attach-\(name)")])
            }
            let fields = HTML.void("input", [("type", "hidden"), ("name", "csrf"), ("value", context.formToken ?? "")])
                + .element("label", [("for", "attach-file")], context.text(.photoFile))
                + .void("input", [
                    ("type", "file"), ("name", "file"), ("id", "attach-file"), ("required", "required"),
                    ("accept", AttachmentType.allCases.map(\.mediaType).joined(separator: ",")),
                ])
                + text("caption", .caption) + text("credit", .credit) + text("alt", .altText)
                + .element("button", [("type", "submit"), ("id", "attach")], context.text(.attachPhoto))
            content = content + .element(
                "form", [("method", "post"), ("action", "/articles/\(id)/attach"), ("enctype", "multipart/form-data"), ("id", "attach-form")], fields)
        }
        return content
    }
}
