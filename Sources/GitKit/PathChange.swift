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

    /// 100644: a regular file, the default mode of a change.
    public static let regularFileMode: UInt32 = 0o100644
}
