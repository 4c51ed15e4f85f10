/// One edit for `Repository.updatedTree(from:applying:)`.
public enum TreeChange: Sendable, Equatable {
    /// A regular file (mode 100644); intermediate trees are created as needed.
    case upsert(path: String, blob: ObjectID)
    /// Removing the last entry of a folder removes the folder.
    case remove(path: String)
}

extension TreeChange {
    /// The path the change applies to.
    var path: String {
        switch self {
        case let .upsert(path, _), let .remove(path): path
        }
    }
}
