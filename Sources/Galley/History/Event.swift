/// One step of the audit trail: what a commit's trailers say, in the JSON
/// shape of the contract (design §6). Write commands print the event they
/// recorded; `log` prints many.
public struct Event: Sendable, Equatable {
    public var commit: String
    public var time: Timestamp
    public var actor: String?
    public var role: String?
    public var article: String?
    public var transition: String?
    public var from: String?
    public var to: String?
    public var note: String?
    /// A commit that touched articles without Galley's trailers (plain git).
    public var outsideWorkflow: Bool
    /// Every article a commit outside the workflow touched (`article` names the first), so
    /// `log ID` finds it for each of them. Empty for Galley's own steps.
    public var touchedArticles: [String] = []

    public init(
        commit: String, time: Timestamp, actor: String?, role: String?, article: String?, transition: String?,
        from: String?, to: String?, note: String?, outsideWorkflow: Bool
    ) {
        self.commit = commit
        self.time = time
        self.actor = actor
        self.role = role
        self.article = article
        self.transition = transition
        self.from = from
        self.to = to
        self.note = note
        self.outsideWorkflow = outsideWorkflow
    }
}
