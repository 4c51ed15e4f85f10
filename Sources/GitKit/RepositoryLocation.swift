/// How to open a repository again: a `Repository` is per thread, its location can cross threads.
public struct RepositoryLocation: Sendable, Equatable {
    public let gitDirectory: String
    /// Opened from git's environment (`GIT_DIR`, quarantine object directories of a hook).
    public let fromEnvironment: Bool
}
