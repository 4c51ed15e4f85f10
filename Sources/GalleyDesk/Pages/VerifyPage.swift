import Galley

/// verify's verdict, as `galley verify` gives it: ok, or each violation with its commit,
/// article, rule and message.
enum VerifyPage {
    static func render(_ context: PageContext, _ report: VerifyReport) -> String {
        let language = context.language
        let heading = Catalog.render(DeskPageLabel.verify, in: language)
        let sentence: SyncMessage = report.ok
            ? .verifiedClean(commits: report.commits)
            : .verifiedViolations(violations: report.violations.count, commits: report.commits)
        var content = HTML.element("h1", [], HTML(text: heading))
        content = content + .element(
            "p", [("id", "verdict"), ("class", report.ok ? "notice" : "error"), ("data-ok", report.ok ? "true" : "false")],
            // `ok`: verify's verdict word (its JSON's `ok`), then the sentence in the reader's language.
            (report.ok ? .element("code", [], HTML(text: "ok")) + HTML(text: " · ") : HTML(markup: "")) + HTML(text: Catalog.render(.sync(sentence), in: language)))
        if !report.violations.isEmpty {
            let header = [Label.commit, .article].map { Catalog.render($0, in: language) }
                + [DeskPageLabel.rule, .problem].map { Catalog.render($0, in: language) }
            let rows = report.violations.map { violation -> HTML in
                let article = violation.article.map { HTML.element("a", [("href", "/articles/\($0)")], HTML(text: $0)) } ?? HTML(text: "-")
                let cells: [HTML] = [
                    .element("code", [], HTML(text: String(violation.commit.prefix(7)))), article,
                    .element("code", [], HTML(text: violation.rule.rawValue)), HTML(text: violation.text(in: language)),
                ]
                return .element("tr", [("data-commit", violation.commit)], .join(cells.map { .element("td", [], $0) }))
            }
            content = content + .element(
                "table", [("id", "violations")],
                .element("tr", [], .join(header.map { .element("th", [], HTML(text: $0)) })) + .join(rows, separator: "\n"))
        }
        return Layout.page(heading, context, content)
    }
}
