/// Which articles `list` shows.
public struct ArticleFilter: Sendable {
    public var state: String?
    public var author: String?
    public var section: String?

    public init(state: String? = nil, author: String? = nil, section: String? = nil) {
        self.state = state
        self.author = author
        self.section = section
    }

    func matches(_ meta: ArticleMeta) -> Bool {
        (state == nil || meta.state == state) && (author == nil || meta.author == author)
            && (section == nil || meta.section == section)
    }
}
