internal import CGit2
internal import CGitStartup
import Foundation
import Synchronization

/// Process-wide libgit2 setup: `git_libgit2_init` once, with durability (fsync of the git dir)
/// and strict object creation on, because the history kept here is a record of truth.
public enum GitRuntime {
    /// Runs once per process (Swift lazy statics are initialised thread-safely); holds the failure, if any.
    private static let initialisation: GitError? = {
        // The CA bundle is loaded when a remote is first used, not here (see git_startup.h).
        let rc = gitkit_git_init_deferring_certificates()
        if rc < 0 { return GitError.libgit2(rc, "git_libgit2_init") }
        let fsync = gitkit_git_opt_enable_fsync_gitdir(1)
        if fsync < 0 { return GitError.libgit2(fsync, "git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR)") }
        let strict = gitkit_git_opt_enable_strict_object_creation(1)
        if strict < 0 { return GitError.libgit2(strict, "git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION)") }
        // Replaying history creates a handful of new trees per commit; the default 256 MiB
        // cache kept them all and made memory grow with the history. Hot objects fit in less,
        // and a small cache is also a fast one: once full, every insertion evicts by walking
        // the cache's map, so 4 MiB cost verify 10% more CPU than 256 KiB (issue 15).
        let cache = gitkit_git_opt_set_cache_max_size(Self.objectCacheBytes)
        if cache < 0 { return GitError.libgit2(cache, "git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE)") }
        // Reading a long history touches the whole pack; mapped windows count as resident
        // memory, so keep them bounded instead of mapping a large pack whole. The limit is
        // per process and shared by verify's two handles (48 MiB: 131 MB peak at 100k, was 199).
        // Small windows under that limit: with 32 MiB ones only one fitted, and verify's reads
        // of commits, trees and blobs (three regions of the pack) remapped one for almost
        // every commit (88,000 mmaps at 100k commits; 4 MiB ones: sys time 2.1 s → 0.4 s).
        let window = gitkit_git_opt_set_mwindow_size(4 * 1024 * 1024)
        if window < 0 { return GitError.libgit2(window, "git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE)") }
        let mapped = gitkit_git_opt_set_mwindow_mapped_limit(48 * 1024 * 1024)
        if mapped < 0 { return GitError.libgit2(mapped, "git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT)") }
        return nil
    }()

    /// Whether writes into the git dir are fsync'd (libgit2 has no getter; GitKit's own
    /// writers, such as the index fast path, follow the same setting).
    static var fsyncsGitDirectory: Bool { fsyncSetting.load(ordering: .relaxed) }
    private static let fsyncSetting = Atomic<Bool>(true)

    /// The object cache bound set at initialisation.
    public static let objectCacheBytes: Int64 = 256 * 1024

    /// Makes sure libgit2 is initialised; every Repository entry point calls this first.
    static func ensureInitialised() throws(GitError) {
        if let error = initialisation { throw error }
    }

    /// Loads the CA certificates whose loading initialisation deferred; every remote operation
    /// calls this first, so https remotes are verified exactly as libgit2 would have.
    static func loadDeferredCertificates() throws(GitError) {
        try ensureInitialised()
        let rc = gitkit_git_load_deferred_certificates()
        if rc < 0 {
            throw GitError(code: .generic, message: "mbedTLS could not read the system's CA certificates (error \(rc))",
                           operation: "mbedtls_x509_crt_parse_file")
        }
    }

    /// Checks https servers against the certificates in `file` instead of the system's store
    /// (nil: keep the store). Called after `loadDeferredCertificates`, which fills the chain this replaces.
    static func useCertificateAuthorities(_ file: String?) throws(GitError) {
        guard let file else { return }
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw GitError(code: .generic, message: "the CA file \(file) (GIT_SSL_CAINFO or http.sslCAInfo) cannot be read",
                           operation: "git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS)")
        }
        try check(file.withCString { gitkit_git_opt_set_ssl_cert_file($0) }, "git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS)")
    }

    /// Whether the CA certificates are still waiting to be loaded (for tests).
    public static var certificatesDeferred: Bool {
        (try? ensureInitialised()) != nil && gitkit_git_certificates_deferred() != 0
    }

    /// Whether initialisation deferred the CA bundle's load at all, whether or not a remote
    /// operation has loaded it since (for tests: false means every process pays the load).
    public static var certificatesWereDeferred: Bool {
        (try? ensureInitialised()) != nil && gitkit_git_certificates_were_deferred() != 0
    }

    /// Lets this process write a step's objects with fsync off and flush them together
    /// (`ObjectFlushBatch`). Only for a process that writes from one thread at a time: libgit2's
    /// fsync switch is process-wide, so a second thread writing during a batch would not be flushed.
    public static func allowObjectFlushBatches() {
        batches.withLock { $0.allowed = true }
    }

    private struct BatchState {
        var allowed = false
        var open = false
    }
    private static let batches = Mutex(BatchState())

    /// Starts a batch: fsync off until `endObjectFlushBatch`. False (nothing changed) when batches
    /// are not allowed or fsync is off anyway. A batch asked for inside another one ends the outer
    /// one's suspension of fsync instead, so nothing is ever written unflushed outside a batch;
    /// every early end only turns fsync back on, which errs on the side of flushing.
    static func beginObjectFlushBatch() throws(GitError) -> Bool {
        try ensureInitialised()
        let result: Result<Bool, GitError> = batches.withLock { state in
            guard state.allowed, fsyncsGitDirectory else { return .success(false) }
            if state.open {
                state.open = false
                let rc = gitkit_git_opt_enable_fsync_gitdir(1)
                return rc < 0 ? .failure(GitError.libgit2(rc, "git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR)")) : .success(false)
            }
            let rc = gitkit_git_opt_enable_fsync_gitdir(0)
            if rc < 0 { return .failure(GitError.libgit2(rc, "git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR)")) }
            state.open = true
            return .success(true)
        }
        return try result.get()
    }

    /// Ends a batch: fsync back to the process's setting (on, unless a newsroom turned it off).
    /// Returns libgit2's error if the switch could not be set (it only refuses unknown options).
    @discardableResult
    static func endObjectFlushBatch() -> GitError? {
        batches.withLock { state in
            guard state.open else { return nil }
            state.open = false
            let rc = gitkit_git_opt_enable_fsync_gitdir(fsyncsGitDirectory ? 1 : 0)
            return rc < 0 ? GitError.libgit2(rc, "git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR)") : nil
        }
    }

    /// Turns fsync of the git dir on or off for the whole process (for repositories that opt out of durability).
    public static func setFsync(_ enabled: Bool) throws(GitError) {
        try ensureInitialised()
        try check(gitkit_git_opt_enable_fsync_gitdir(enabled ? 1 : 0), "git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR)")
        fsyncSetting.store(enabled, ordering: .relaxed)
    }
}
