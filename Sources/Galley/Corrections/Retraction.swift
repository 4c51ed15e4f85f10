/// A retraction kept for the record: the article leaves the site, its text stays in the repository.
public struct Retraction: Sendable, Equatable {
    public var time: Timestamp
    public var actor: String
    public var reason: String

    public init(time: Timestamp, actor: String, reason: String) {
        self.time = time
        self.actor = actor
        self.reason = reason
    }
}
