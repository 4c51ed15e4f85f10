/// The facts about an article a decision needs (front matter of the parent commit).
public struct ArticleStanding: Sendable, Equatable {
    public var id: String
    public var state: String
    public var author: String
    /// Who approved in the current round (`forbid: earlier-approvers`).
    public var approvals: [String]
    /// The article's section key, for roles the workflow limits to their sections.
    public var section: String?

    public init(id: String, state: String, author: String, approvals: [String] = [], section: String? = nil) {
        self.section = section
        self.id = id
        self.state = state
        self.author = author
        self.approvals = approvals
    }
}
