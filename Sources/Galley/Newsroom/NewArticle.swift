/// What a reporter gives when starting an article.
public struct NewArticle: Sendable {
    public var title: String
    public var section: String?
    public var tags: [String]
    public var byline: String?
    /// The sapo, the source as printed and its link; empty text means none.
    public var summary: String?
    public var source: String?
    public var sourceURL: String?
    public var body: String

    public init(
        title: String, section: String? = nil, tags: [String] = [], byline: String? = nil, summary: String? = nil,
        source: String? = nil, sourceURL: String? = nil, body: String = ""
    ) {
        self.title = title
        self.section = section
        self.tags = tags
        self.byline = byline
        self.summary = summary
        self.source = source
        self.sourceURL = sourceURL
        self.body = body
    }
}
