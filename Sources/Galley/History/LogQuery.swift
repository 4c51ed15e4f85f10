/// `galley log`'s filters as a person types them (the CLI's options, the desk's log form),
/// turned into an `EventFilter` against the rules at the tip: one reading of them for both,
/// so a name the newsroom lacks is refused the same way on either side.
public struct LogQuery: Sendable, Equatable {
    public var article: String?
    public var actor: String?
    public var role: String?
    public var transition: String?
    /// A state's name or label (`"Đã xuất bản"`, `"da xuat ban"`).
    public var state: String?
    /// A day (YYYY-MM-DD, newsroom time) or an ISO 8601 time.
    public var since: String?
    /// A day (inclusive) or an ISO 8601 time.
    public var until: String?
    public var limit: Int?

    public init(
        article: String? = nil, actor: String? = nil, role: String? = nil, transition: String? = nil, state: String? = nil,
        since: String? = nil, until: String? = nil, limit: Int? = nil
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

    /// The filter these words mean in `snapshot`; bad input (an unknown person, state or step,
    /// a date that is none) is refused before any history is read.
    public func filter(in snapshot: Snapshot) throws(GalleyError) -> EventFilter {
        let zone = snapshot.config.timeZone
        func bound(_ text: String?, end: Bool) throws(GalleyError) -> Timestamp? {
            guard let text else { return nil }
            guard let value = Timestamp.parseBound(text, timeZone: zone, endOfDay: end) else {
                throw GalleyError(.invalidInput, .inputRule(.notADate(text: text)))
            }
            return value
        }
        let workflow = snapshot.workflow
        return EventFilter(
            article: article, actor: try FilterNames.person(actor, in: snapshot.people), role: role,
            transition: try FilterNames.transition(transition, in: workflow), state: try FilterNames.state(state, in: workflow),
            since: try bound(since, end: false), until: try bound(until, end: true), limit: limit)
    }
}
