/// The names Galley gives its own files inside a repository and its work tree: GitKit is told
/// them (it knows nothing of Galley), and crash repair recognises them by the same values.
enum RepositoryFileNames {
    /// The write lock in the git dir (DESIGN §2); existing clones have it under this name.
    static let writeLock = "galley.lock"
    /// How the work-tree writer's temporary files begin (`.galley-<UUID>.tmp`).
    static let temporaryFilePrefix = ".galley-"
    /// What fetched references' reflogs say.
    static let fetchReflogMessage = "galley: fetch"
}
