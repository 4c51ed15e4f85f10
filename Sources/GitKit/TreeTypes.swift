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

/// One edit for `Repository.updatedTree(from:applying:)`.
public enum TreeChange: Sendable, Equatable {
    /// A regular file (mode 100644); intermediate trees are created as needed.
    case upsert(path: String, blob: ObjectID)
    /// Removing the last entry of a folder removes the folder.
    case remove(path: String)
}

/// One file-level difference between two trees.
public struct PathChange: Sendable, Equatable {
    public enum Status: Sendable, Equatable { case added, deleted, modified, typeChanged }
    public let status: Status
    /// New path (old path for deletions); no rename detection.
    public let path: String
    public let oldBlob: ObjectID?
    public let newBlob: ObjectID?
    /// Git file modes of the two sides (nil where the side is absent), e.g. 0o100644,
    /// 0o100755, 0o120000 (symlink), 0o160000 (gitlink): a newsroom admits regular files only.
    public let oldMode: UInt32?
    public let newMode: UInt32?

    public init(status: Status, path: String, oldBlob: ObjectID?, newBlob: ObjectID?, oldMode: UInt32? = nil, newMode: UInt32? = nil) {
        self.status = status
        self.path = path
        self.oldBlob = oldBlob
        self.newBlob = newBlob
        self.oldMode = oldMode ?? (oldBlob == nil ? nil : PathChange.regularFileMode)
        self.newMode = newMode ?? (newBlob == nil ? nil : PathChange.regularFileMode)
    }

    /// 100644: the only mode Galley writes.
    public static let regularFileMode: UInt32 = 0o100644
}

extension TreeChange {
    /// The path the change applies to.
    var path: String {
        switch self {
        case let .upsert(path, _), let .remove(path): path
        }
    }
}
