/// Front-matter fields a person sets on top of a revision (`save`/`edit --summary …
/// --source … --source-url …`, the desk's form with its tags and byline): nil leaves a
/// field as it is, empty text removes it, anything else replaces it (`StepSemantics`
/// validates it).
public struct ContentEdits: Sendable, Equatable {
    public var summary: String?
    public var source: String?
    public var sourceURL: String?
    /// The whole list of tags (empty: none).
    public var tags: [String]?
    public var byline: String?

    public init(summary: String? = nil, source: String? = nil, sourceURL: String? = nil, tags: [String]? = nil, byline: String? = nil) {
        self.summary = summary
        self.source = source
        self.sourceURL = sourceURL
        self.tags = tags
        self.byline = byline
    }

    func apply(to content: inout ArticleContent) {
        if let summary { content.summary = Self.given(summary) }
        if let source { content.source = Self.given(source) }
        if let sourceURL { content.sourceURL = Self.given(sourceURL) }
        if let tags { content.tags = tags }
        if let byline { content.byline = Self.given(byline) }
    }

    /// Blank text stands for "none": `--summary ""` clears the sapo.
    static func given(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
