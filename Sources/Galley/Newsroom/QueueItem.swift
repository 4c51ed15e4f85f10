/// An article in a person's queue, with what they may do to it now.
public struct QueueItem: Sendable {
    public var article: StoredArticle
    /// Transition names the person may take now.
    public var steps: [String]
    /// Whether they may also edit its text now.
    public var mayEdit: Bool
    /// The step that sent it back to its author and began its current round: why it came back
    /// (nil when the round began with its creation, and once it is published or finished).
    public var sentBack: Event?
}
