import Galley

/// A person changes their own password: the current one, then the new one twice.
enum PasswordPage {
    static func render(_ context: PageContext, notice: String? = nil, error: String? = nil) -> String {
        let language = context.language
        func field(_ id: String, _ label: DeskPageLabel, _ autocomplete: String) -> HTML {
            .element("label", [("for", id)], HTML(text: Catalog.render(label, in: language)))
                + .void("input", [("type", "password"), ("id", id), ("name", id), ("autocomplete", autocomplete), ("required", "required")])
        }
        let fields = field("current", .currentPassword, "current-password") + field("new", .newPassword, "new-password")
            + field("again", .newPasswordAgain, "new-password")
            + .element("p", [], .element("button", [("type", "submit"), ("id", "change-password")], HTML(text: Catalog.render(DeskPageLabel.changePassword, in: language))))
        let heading = Catalog.render(DeskPageLabel.changePassword, in: language)
        let content = HTML.element("h1", [], HTML(text: heading)) + Layout.form("/password", token: context.formToken, fields)
        return Layout.page(heading, context, notice: notice.map { HTML(text: $0) }, error: error, content)
    }
}
