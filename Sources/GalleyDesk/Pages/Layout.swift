import Galley

/// What every page knows: the reader's language, who is signed in, the form token.
struct PageContext: Sendable {
    var language: Language
    var person: Person?
    /// The session's anti-forgery token (the sign-in page carries its own).
    var formToken: String?
    /// This page's path, so the language link comes back here.
    var path: String

    func word(_ label: DeskLabel) -> String { Catalog.render(label, in: language) }
    func text(_ label: DeskLabel) -> HTML { HTML(text: word(label)) }
}

/// The frame of every page: phone-first (viewport, one column, large touch targets), no
/// script at all, so everything works as plain links and forms.
enum Layout {
    static func page(_ title: String, _ context: PageContext, notice: HTML? = nil, error: String? = nil, _ content: HTML) -> String {
        var header: [HTML] = [.element("a", [("href", "/queue"), ("class", "brand")], context.text(.desk))]
        if let person = context.person {
            header.append(.element("a", [("href", "/queue")], context.text(.myQueue)))
            header.append(.element("a", [("href", "/new")], context.text(.newArticle)))
            header.append(.element("a", [("href", "/search")], context.text(.search)))
            if AuditAccess.allows(person) {
                header.append(.element("a", [("href", "/log"), ("id", "nav-log")], HTML(text: Catalog.render(DeskPageLabel.auditLog, in: context.language))))
                header.append(.element("a", [("href", "/verify"), ("id", "nav-verify")], HTML(text: Catalog.render(DeskPageLabel.verify, in: context.language))))
            }
            header.append(.element("a", [("href", "/password"), ("id", "nav-password")], HTML(text: Catalog.render(DeskPageLabel.changePassword, in: context.language))))
            header.append(.element("span", [("class", "who")], HTML(text: "\(context.word(.signedInAs)) \(person.name) (\(person.id))")))
            header.append(
                form(
                    "/signout", token: context.formToken,
                    .element("button", [("type", "submit"), ("class", "link")], context.text(.signOut))))
        }
        let other: Language = context.language == .vi ? .en : .vi
        let languageLink = HTML.element(
            "a", [("href", "/language/\(other.rawValue)?back=\(percentEncoded(context.path))"), ("lang", other.rawValue)],
            context.text(.otherLanguage))
        var main: [HTML] = []
        if let notice { main.append(.element("p", [("class", "notice"), ("role", "status")], notice)) }
        if let error { main.append(.element("p", [("class", "error"), ("role", "alert"), ("id", "error")], HTML(text: error))) }
        main.append(content)
        return """
            <!doctype html>
            <html lang="\(context.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · \(HTML.escape(context.word(.desk)))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header><nav>\(HTML.join(header, separator: " ").rendered)</nav></header>
            <main id="main">
            \(HTML.join(main, separator: "\n").rendered)
            </main>
            <footer>\(languageLink.rendered)</footer>
            </body>
            </html>
            """
    }

    /// A POST form carrying the anti-forgery token.
    static func form(_ action: String, token: String?, _ content: HTML) -> HTML {
        let hidden = HTML.void("input", [("type", "hidden"), ("name", "csrf"), ("value", token ?? "")])
        return .element("form", [("method", "post"), ("action", action)], hidden + content)
    }

    static func percentEncoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || "-._~/".utf8.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return encoded
    }

    static let style = """
        body{font:17px/1.5 system-ui,sans-serif;margin:0;color:#111;background:#fafafa}
        header{background:#1d3557;padding:.5rem 1rem}header a,header .who,header button.link{color:#fff;margin-right:.8rem}
        header form{display:inline}.brand{font-weight:bold}
        main{max-width:46rem;margin:0 auto;padding:1rem}footer{max-width:46rem;margin:0 auto;padding:1rem}
        input[type=text],input[type=password],input[type=search],textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5rem}
        textarea{min-height:16rem}button{font:inherit;padding:.5rem 1rem;margin:.2rem 0;min-height:2.75rem}
        button.link{background:none;border:0;padding:0;text-decoration:underline;cursor:pointer;min-height:0}
        label{display:block;margin-top:.8rem;font-weight:600}
        .error{background:#fde2e1;border-left:4px solid #c0392b;padding:.5rem}.notice{background:#e3f4e1;border-left:4px solid #2e7d32;padding:.5rem}
        ul.queue{list-style:none;padding:0}ul.queue li{background:#fff;border:1px solid #ddd;margin:.4rem 0;padding:.6rem}
        .meta{color:#555;font-size:.9rem}article.text{background:#fff;border:1px solid #ddd;padding:0 1rem}
        article.text img{max-width:100%}table{border-collapse:collapse;width:100%;font-size:.9rem}
        td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
        .step{border:1px solid #ccc;background:#fff;padding:.6rem;margin:.5rem 0}
        pre{overflow-x:auto;background:#f3f3f3;padding:.5rem}
        .diff{background:#fff;border:1px solid #ddd;padding:.6rem 1rem;white-space:pre-wrap}
        del{background:#fde2e1;color:#8b1a10}ins{background:#e3f4e1;color:#1b5e20;text-decoration:none}
        form.filters input[type=text]{max-width:20rem}
        #history,#log,#violations{display:block;overflow-x:auto}
        summary{cursor:pointer;font-weight:600;min-height:2.75rem;line-height:2.75rem}
        """
}
