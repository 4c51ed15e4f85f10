/// The error underneath another one (a file that does not parse inside "corrupt article"), kept
/// whole so the outer sentence can say it in the reader's language when the catalog knows it,
/// and in its own English words when it does not.
public struct ErrorCause: Sendable, Equatable {
    public let english: String
    public let detail: Message?

    public init(english: String, detail: Message? = nil) {
        self.english = english
        self.detail = detail
    }

    public init(_ error: GalleyError) { self.init(english: error.message, detail: error.detail) }

    /// The cause as a reader of `language` reads it.
    func text(in language: Language) -> String {
        detail.map { Catalog.render($0, in: language) } ?? english
    }
}
