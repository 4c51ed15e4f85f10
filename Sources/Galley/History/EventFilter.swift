import GitKit

/// Which events `log` shows; all given filters must match.
public struct EventFilter: Sendable {
    public var article: String?
    public var actor: String?
    public var role: String?
    public var transition: String?
    /// Events that entered this state.
    public var state: String?
    public var since: Timestamp?
    public var until: Timestamp?
    public var limit: Int?

    public init(
        article: String? = nil, actor: String? = nil, role: String? = nil, transition: String? = nil, state: String? = nil,
        since: Timestamp? = nil, until: Timestamp? = nil, limit: Int? = nil
    ) {
        self.article = article
        self.actor = actor
        self.role = role
        self.transition = transition
        self.state = state
        self.since = since
        self.until = until
        self.limit = limit
    }

    func matches(_ event: Event) -> Bool {
        (article == nil || event.article == article || event.touchedArticles.contains(article ?? "")) && (actor == nil || event.actor == actor)
            && (role == nil || event.role == role) && (transition == nil || event.transition == transition)
            && (state == nil || (event.to == state && event.from != state))
            && (since.map { event.time >= $0 } ?? true) && (until.map { event.time <= $0 } ?? true)
    }
}
