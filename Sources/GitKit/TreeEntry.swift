/// One entry of a git tree.
public struct TreeEntry: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case blob, tree, submodule, other }
    public let name: String
    public let id: ObjectID
    public let kind: Kind
    /// The git file mode, e.g. 0o100644, 0o100755, 0o120000, 0o040000.
    public let mode: UInt32

    public init(name: String, id: ObjectID, kind: Kind, mode: UInt32) {
        self.name = name
        self.id = id
        self.kind = kind
        self.mode = mode
    }
}
