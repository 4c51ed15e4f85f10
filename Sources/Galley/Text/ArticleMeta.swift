
/// The front matter of an article: what Galley knows about it, in the order it is written.
public struct ArticleMeta: Sendable, Equatable {
    public var id: String
    public var title: String
    public var state: String
    /// True unless published, so a site generator pointed at the repository never renders a draft.
    public var draft: Bool
    public var author: String
    public var byline: String?
    public var section: String?
    /// The sapo, the lead paragraph a site shows under the headline (Hugo's own `summary` key).
    public var summary: String?
    /// Where the story comes from ("Theo TTXVN"), as printed; `sourceURL` is its link, if any.
    public var source: String?
    public var sourceURL: String?
    public var tags: [String]
    public var created: Timestamp
    public var updated: Timestamp?
    /// Hugo's `publishDate`: written by `publish --at`, so a site built before that time leaves the page out.
    public var publishDate: Timestamp?
    /// No publication may take effect before this time (`galley embargo`).
    public var embargo: Timestamp?
    /// Who should take the article's next step (`galley assign`): a person id, nil when nobody is.
    public var assignee: String?
    /// Person ids who approved in the current review round.
    public var approvals: [String]
    public var corrections: [Correction]
    /// Why and by whom a published article was taken off the site (`retract`), when recorded.
    public var retracted: Retraction?
    /// The page bundle's files (photos, PDFs), written by `attach` and `detach` only.
    public var resources: [ArticleResource]
    /// Keys Galley does not know (e.g. Hugo's `image:`), preserved in order.
    public var extra: [ExtraField]

    public init(
        id: String, title: String, state: String, draft: Bool = true, author: String,
        byline: String? = nil, section: String? = nil, summary: String? = nil, source: String? = nil, sourceURL: String? = nil,
        tags: [String] = [], created: Timestamp, updated: Timestamp? = nil, publishDate: Timestamp? = nil, embargo: Timestamp? = nil,
        assignee: String? = nil, approvals: [String] = [], corrections: [Correction] = [], retracted: Retraction? = nil,
        resources: [ArticleResource] = [], extra: [ExtraField] = []
    ) {
        self.id = id
        self.title = title
        self.state = state
        self.draft = draft
        self.author = author
        self.byline = byline
        self.section = section
        self.summary = summary
        self.source = source
        self.sourceURL = sourceURL
        self.tags = tags
        self.created = created
        self.updated = updated
        self.publishDate = publishDate
        self.embargo = embargo
        self.assignee = assignee
        self.approvals = approvals
        self.corrections = corrections
        self.retracted = retracted
        self.resources = resources
        self.extra = extra
    }
}
