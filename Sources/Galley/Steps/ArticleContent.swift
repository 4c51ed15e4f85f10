/// What a person writes in an article: everything in `index.md` that is not
/// the workflow's record. A step that carries text replaces exactly these
/// fields; the record (id, state, draft, author, created, updated, publishDate,
/// embargo, assignee, approvals, corrections) is computed by `StepSemantics` and nobody
/// writes it by hand.
public struct ArticleContent: Sendable, Equatable {
    public var title: String
    public var byline: String?
    public var section: String?
    /// The sapo: one paragraph, one line in the front matter (Hugo's `summary`).
    public var summary: String?
    /// The source as printed ("Theo TTXVN") and its link; a link needs a source.
    public var source: String?
    public var sourceURL: String?
    public var tags: [String]
    /// Front matter keys Galley does not interpret (Hugo's `image:` …), kept verbatim.
    public var extra: [ExtraField]
    public var body: String

    public init(
        title: String, byline: String? = nil, section: String? = nil, summary: String? = nil, source: String? = nil,
        sourceURL: String? = nil, tags: [String] = [], extra: [ExtraField] = [], body: String = ""
    ) {
        self.title = title
        self.byline = byline
        self.section = section
        self.summary = summary
        self.source = source
        self.sourceURL = sourceURL
        self.tags = tags
        self.extra = extra
        self.body = body
    }

    /// The content of a stored document.
    public init(of document: ArticleDocument) {
        let meta = document.meta
        self.init(
            title: meta.title, byline: meta.byline, section: meta.section, summary: meta.summary, source: meta.source,
            sourceURL: meta.sourceURL, tags: meta.tags, extra: meta.extra, body: document.body)
    }

    /// Writes these fields into `document`, leaving the workflow's record alone.
    func write(into document: inout ArticleDocument) {
        document.meta.title = title
        document.meta.byline = byline
        document.meta.section = section
        document.meta.summary = summary
        document.meta.source = source
        document.meta.sourceURL = sourceURL
        document.meta.tags = tags
        document.meta.extra = extra
        document.body = body
    }

    /// The content as Galley stores it (NFC, one-line fields trimmed, tags unique,
    /// the body normalised), or why it cannot be stored. The writer and `verify`
    /// both pass content through here, so both hold it to the same limits.
    func validated() throws(GalleyError) -> ArticleContent {
        var clean = self
        clean.title = try TextInput.singleLine(title, what: .title)
        clean.byline = try byline.map { (text) throws(GalleyError) in try TextInput.singleLine(text, what: .byline) }
        clean.section = try section.map { (text) throws(GalleyError) in try TextInput.singleLine(text, what: .section, maxLength: 80) }
        clean.summary = try summary.map { (text) throws(GalleyError) in
            try TextInput.singleLine(text, what: .summary, maxLength: Self.maximumSummaryLength)
        }
        clean.source = try source.map { (text) throws(GalleyError) in try TextInput.singleLine(text, what: .source, maxLength: 200) }
        clean.sourceURL = try sourceURL.map { (text) throws(GalleyError) in try Self.link(text) }
        if clean.sourceURL != nil && clean.source == nil {
            throw GalleyError(.invalidInput, .inputRule(.sourceLinkNeedsSource))
        }
        var tags: [String] = []
        for tag in self.tags {
            let tag = try TextInput.singleLine(tag, what: .tag, maxLength: 80)
            if !tags.contains(tag) { tags.append(tag) }
        }
        clean.tags = tags
        // A retraction's own `_build` (StepSemantics writes it; it only keeps the page off the site) is no hand edit.
        for field in extra where SiteControlledKeys.isReserved(field.key)
            && !(field.key == StepSemantics.hugoBuildKey && field.yaml == StepSemantics.hugoNeverBuilt)
        {
            throw GalleyError(.invalidInput, .inputRule(.reservedFrontMatterKey(key: field.key)))
        }
        let body = ArticleBody.normalized(body)
        guard body.utf8.count <= TextInput.maximumBodyBytes else {
            throw GalleyError(.invalidInput, .inputRule(.bodyTooLarge(bytes: body.utf8.count, limit: TextInput.maximumBodyBytes)))
        }
        if ArticleBody.opensWithFrontMatter(body) { throw GalleyError(.invalidInput, .bodyOpensWithFrontMatter) }
        if TextInput.containsForbiddenControl(body), let scalar = body.unicodeScalars.first(where: TextInput.isForbiddenControl) {
            throw GalleyError(.invalidInput, .inputRule(.bodyControlCharacter(scalar)))
        }
        clean.body = body
        return clean
    }

    /// A sapo is a paragraph, not an article: long enough for three or four sentences.
    public static let maximumSummaryLength = 1000

    /// A source link: an absolute http(s) address without spaces, so a site can print it as a link.
    static func link(_ text: String) throws(GalleyError) -> String {
        let url = try TextInput.singleLine(text, what: .sourceLink, maxLength: 2000)
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), url.count > 8,
            !url.unicodeScalars.contains(where: { $0.properties.isWhitespace })
        else { throw GalleyError(.invalidInput, .inputRule(.sourceLinkNotHTTP(url: url))) }
        return url
    }
}
