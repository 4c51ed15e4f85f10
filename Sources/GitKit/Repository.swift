internal import CGit2

/// A libgit2 repository handle.
///
/// Not thread-safe (one per thread or task); not Sendable. Frees its `git_repository` in deinit.
public final class Repository {
    let pointer: OpaquePointer
    /// Opened through git's environment variables (a hook's quarantine), so `location` says so.
    private let openedFromEnvironment: Bool

    private init(pointer: OpaquePointer, openedFromEnvironment: Bool = false) {
        self.pointer = pointer
        self.openedFromEnvironment = openedFromEnvironment
    }

    deinit {
        git_repository_free(pointer)
    }

    /// Opens exactly `path` (a work tree or a git dir, bare or not); no upward search,
    /// so a mistyped path never silently lands in an enclosing repository.
    public static func open(at path: String) throws(GitError) -> Repository {
        try openExt(path, flags: GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue)
    }

    /// Finds the repository like git does, from `path` upwards.
    public static func discover(startingAt path: String) throws(GitError) -> Repository {
        try openExt(path, flags: 0)
    }

    /// Opens the repository the way git's own commands find it from the environment (`GIT_DIR`,
    /// `GIT_OBJECT_DIRECTORY`, `GIT_ALTERNATE_OBJECT_DIRECTORIES` …). A `pre-receive` hook needs this:
    /// the pushed objects sit in a quarantine directory only those variables name.
    public static func openFromEnvironment() throws(GitError) -> Repository {
        try GitRuntime.ensureInitialised()
        var out: OpaquePointer? = nil
        try check(git_repository_open_ext(&out, nil, GIT_REPOSITORY_OPEN_FROM_ENV.rawValue, nil), "git_repository_open_ext(FROM_ENV)")
        guard let pointer = out else { throw missing("git_repository_open_ext") }
        return Repository(pointer: pointer, openedFromEnvironment: true)
    }

    /// Where this repository was opened from, to open a second handle on another thread.
    public var location: RepositoryLocation {
        RepositoryLocation(gitDirectory: gitDirectory, fromEnvironment: openedFromEnvironment)
    }

    /// A new handle on the same repository, opened the same way (handles are per thread).
    public static func open(_ location: RepositoryLocation) throws(GitError) -> Repository {
        location.fromEnvironment ? try openFromEnvironment() : try open(at: location.gitDirectory)
    }

    private static func openExt(_ path: String, flags: UInt32) throws(GitError) -> Repository {
        try GitRuntime.ensureInitialised()
        var out: OpaquePointer? = nil
        let rc = path.withCString { git_repository_open_ext(&out, $0, flags, nil) }
        try check(rc, "git_repository_open_ext")
        guard let pointer = out else { throw missing("git_repository_open_ext") }
        return Repository(pointer: pointer)
    }

    /// Creates a repository (and any missing parent folders) whose HEAD points at `initialBranch`.
    public static func create(at path: String, bare: Bool, initialBranch: String) throws(GitError) -> Repository {
        try GitRuntime.ensureInitialised()
        var options = git_repository_init_options()
        try check(git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
                  "git_repository_init_options_init")
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | (bare ? GIT_REPOSITORY_INIT_BARE.rawValue : 0)
        var out: OpaquePointer? = nil
        let rc = initialBranch.withCString { branch in
            options.initial_head = branch
            return path.withCString { git_repository_init_ext(&out, $0, &options) }
        }
        try check(rc, "git_repository_init_ext")
        guard let pointer = out else { throw missing("git_repository_init_ext") }
        return Repository(pointer: pointer)
    }

    /// Absolute path of the git dir, without trailing slash.
    public var gitDirectory: String {
        Self.trimmingSlash(String(cString: git_repository_path(pointer)))
    }

    /// Absolute path of the work tree, without trailing slash; nil when bare.
    public var workTree: String? {
        guard let workdir = git_repository_workdir(pointer) else { return nil }
        return Self.trimmingSlash(String(cString: workdir))
    }

    public var isBare: Bool { git_repository_is_bare(pointer) != 0 }

    private static func trimmingSlash(_ path: String) -> String {
        var result = path
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// An error for a libgit2 call that succeeded but returned no object (should not happen).
    static func missing(_ operation: String) -> GitError {
        GitError(code: .generic, message: "libgit2 returned no object", operation: operation)
    }
}
