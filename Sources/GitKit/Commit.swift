/// A commit as read from the object database; `message` is exactly as stored.
public struct Commit: Sendable, Equatable {
    public let id: ObjectID
    public let tree: ObjectID
    public let parents: [ObjectID]
    public let author: Signature
    public let committer: Signature
    /// The full raw message (`git_commit_message`).
    public let message: String
    /// Whether the header holds a `gpgsig` field: lets a reader skip `commitSignature`
    /// (a second read of the object) for the unsigned commits of a history.
    public let isSigned: Bool

    public init(id: ObjectID, tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature,
                message: String, isSigned: Bool = false) {
        self.id = id
        self.tree = tree
        self.parents = parents
        self.author = author
        self.committer = committer
        self.message = message
        self.isSigned = isSigned
    }
}
