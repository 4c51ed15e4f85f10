/// What a write command recorded: the event, and for an article its path.
public struct RecordedStep: Sendable, Equatable {
    public var event: Event
    /// Repository-relative path of the article's `index.md`, when the step concerns an article.
    public var path: String?
}
