/// One `index.md`: front matter plus Markdown body, as stored in the newsroom repository.
public struct ArticleDocument: Sendable, Equatable {
    public var meta: ArticleMeta
    /// Markdown, NFC, ends with exactly one "\n" (empty body = "").
    public var body: String

    /// Normalises `body` (NFC, LF, trailing blank space reduced to one "\n") so the stored form is canonical
    /// and a parse of the rendering compares equal.
    public init(meta: ArticleMeta, body: String) {
        self.meta = meta
        self.body = ArticleDocument.canonicalBody(body)
    }

    /// Deterministic rendering, Hugo/Jekyll-readable, in a fixed key order, omitting byline/section/summary/source/updated/
    /// publishDate/embargo when nil and approvals/corrections when empty. Every free-text string is double-quoted with
    /// JSON-compatible escaping, so no title can break the YAML; `parse(rendered())` gives back `self`
    /// (in NFC). Unknown keys follow the known ones, verbatim.
    public func rendered() -> String {
        renderedFrontMatter() + ArticleDocument.canonicalBody(body)
    }

    /// The front matter as `rendered()` writes it, `---` to the blank line after the closing `---`.
    func renderedFrontMatter() -> String {
        typealias Q = YAMLQuoting
        var out = "---\n"
        out += "id: \(Q.identifier(meta.id))\n"
        out += "title: \(Q.quoted(meta.title))\n"
        out += "state: \(Q.identifier(meta.state))\n"
        out += "draft: \(meta.draft)\n"
        out += "author: \(Q.identifier(meta.author))\n"
        if let byline = meta.byline { out += "byline: \(Q.quoted(byline))\n" }
        if let section = meta.section { out += "section: \(Q.quoted(section))\n" }
        if let summary = meta.summary { out += "summary: \(Q.quoted(summary))\n" }
        if let source = meta.source { out += "source: \(Q.quoted(source))\n" }
        if let url = meta.sourceURL { out += "source_url: \(Q.quoted(url))\n" }
        out += "tags: \(Q.list(meta.tags))\n"
        out += "created: \(meta.created.iso8601)\n"
        if let updated = meta.updated { out += "updated: \(updated.iso8601)\n" }
        if let publishDate = meta.publishDate { out += "publishDate: \(publishDate.iso8601)\n" }
        if let embargo = meta.embargo { out += "embargo: \(embargo.iso8601)\n" }
        if let assignee = meta.assignee { out += "assignee: \(Q.identifier(assignee))\n" }
        if !meta.approvals.isEmpty { out += "approvals: \(Q.list(meta.approvals))\n" }
        out += Self.renderedCorrections(meta.corrections)
        out += Self.renderedRetraction(meta.retracted)
        if !meta.resources.isEmpty {
            out += "resources:\n"
            for resource in meta.resources {
                for line in resource.renderedLines() { out += line + "\n" }
            }
        }
        for field in meta.extra {
            var yaml = TextInput.normalize(field.yaml)
            while let last = yaml.last, last.isWhitespace { yaml.removeLast() }
            out += yaml + "\n"
        }
        out += "---\n\n"
        return out
    }

    /// NFC, LF line ends, trailing whitespace dropped, then exactly one final newline (none when empty).
    static func canonicalBody(_ body: String) -> String {
        var text = TextInput.normalize(body)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text.isEmpty ? "" : text + "\n"
    }
}
