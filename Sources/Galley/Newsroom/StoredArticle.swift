import Foundation
import GitKit

/// An article as stored at some commit.
public struct StoredArticle: Sendable, Equatable {
    public var path: String
    public var document: ArticleDocument
    /// The note of the article's last step — history, not the file: set by the readers that show
    /// articles to people (`list`, `queue`, `search`, `show`); nil when that step had none, and
    /// wherever the history was not read (the step semantics never need it).
    public var lastNote: String?

    public init(path: String, document: ArticleDocument, lastNote: String? = nil) {
        self.path = path
        self.document = document
        self.lastNote = lastNote
    }

    public var standing: ArticleStanding {
        ArticleStanding(id: document.meta.id, state: document.meta.state, author: document.meta.author, approvals: document.meta.approvals,
            section: document.meta.section)
    }
}
