/// The sign-in form: person id and password, posted with the sign-in cookie's token.
enum SignInPage {
    static func render(_ context: PageContext, token: String, person: String = "", error: String? = nil) -> String {
        let fields: [HTML] = [
            .element("label", [("for", "person")], context.text(.person)),
            .void("input", [("type", "text"), ("id", "person"), ("name", "person"), ("value", person), ("autocomplete", "username"),
                            ("autocapitalize", "none"), ("required", "required")]),
            .element("label", [("for", "password")], context.text(.password)),
            .void("input", [("type", "password"), ("id", "password"), ("name", "password"), ("autocomplete", "current-password"),
                            ("required", "required")]),
            .element("p", [], .element("button", [("type", "submit"), ("id", "sign-in")], context.text(.signIn))),
        ]
        let content = HTML.element("h1", [], context.text(.signIn)) + Layout.form("/signin", token: token, .join(fields))
        return Layout.page(context.word(.signIn), context, error: error, content)
    }
}
