/// Why sync kept a local step aside instead of applying it on the central tip, as facts: the
/// text output says it in the reader's language (`Catalog+ConflictReason.swift`), the JSON keeps
/// the English as its `reason`.
public indirect enum ConflictReason: Sendable, Equatable {
    /// A merge, or a commit without a parent: the newsroom branch is linear.
    case notLinear
    /// An earlier local step on the same article was kept aside, and this one follows it.
    case followsKeptStep
    /// A file other than an article's text changed on both sides.
    case alsoChangedCentrally(path: String)
    case createdOnBothSides(path: String)
    case removedHereChangedCentrally(path: String)
    case goneCentrally(path: String)
    /// Both sides changed the article: these front-matter fields, and `passages` places of the body.
    case bothChanged(fields: [String], passages: Int)
    /// Applied on the central tip, the step breaks the rules (what verify and the hook would say).
    case refused([ViolationMessage])
    /// `reason`, after the central history's last step on the article, so a person learns who was first.
    case after(CentralStep, ConflictReason)

    /// The central repository's last step on an article before sync replayed a local one.
    public struct CentralStep: Sendable, Equatable {
        public var actor: String
        public var transition: String
        public var from: String?
        public var to: String?
        public var time: Timestamp
    }
}
