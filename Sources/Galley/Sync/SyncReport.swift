/// What `galley sync` did: how many steps went each way and which local steps
/// were kept aside as conflicts (exit 5) instead of being applied.
public struct SyncReport: Sendable {
    /// One local step that could not be replayed on the central tip.
    public struct Conflict: Sendable {
        /// Where the original step is kept, e.g. `refs/galley/conflicts/<id>/1`.
        public var reference: String
        public var article: String?
        /// The step's subject line, e.g. "approve: Title (submitted → edited)".
        public var step: String
        public var actor: String?
        /// Why it no longer applies, as facts (`Catalog.render(_:in:)` says it in a language).
        public var why: ConflictReason
        /// The same in English, as sync's JSON gives it.
        public var reason: String { Catalog.render(why, in: .en) }
    }

    public var central: String
    /// Local steps now on the central repository.
    public var sent: Int
    /// Central steps this clone did not have before.
    public var received: Int
    public var conflicts: [Conflict]
    /// Push attempts (more than one when another clone pushed in between).
    public var attempts: Int
}
