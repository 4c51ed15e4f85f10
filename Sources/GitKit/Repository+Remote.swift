internal import CGit2
import Foundation

/// Another repository reached by URL: clone, fetch and push through libgit2's transports
/// (local path, `file://`, `git://`, `ssh://`, http). Push reports per-reference results:
/// over receive-pack a hook's refusal comes back as return code 0, and only the
/// `push_update_reference` callback (status) and the sideband (the hook's text) tell.
extension Repository {
    /// Clones `url` into `path` (bare or with a checked-out work tree); the remote is named `origin`.
    public static func clone(url: String, to path: String, bare: Bool, ssh: SSHSettings = SSHSettings()) throws(GitError) -> Repository {
        try GitRuntime.loadDeferredCertificates()
        try GitRuntime.useCertificateAuthorities(try Self.configuredCAFile(nil))
        var options = git_clone_options()
        try check(git_clone_options_init(&options, UInt32(GIT_CLONE_OPTIONS_VERSION)), "git_clone_options_init")
        options.bare = bare ? 1 : 0
        options.checkout_opts.checkout_strategy = bare ? GIT_CHECKOUT_NONE.rawValue : GIT_CHECKOUT_SAFE.rawValue
        let collector = TransferCollector(ssh: ssh)
        options.fetch_opts.callbacks.installCredentials(collector)
        var out: OpaquePointer? = nil
        let rc = withExtendedLifetime(collector) {
            url.withCString { urlPointer in
                path.withCString { git_clone(&out, urlPointer, $0, &options) }
            }
        }
        try check(rc, "git_clone")
        collector.http.approveIfUsed()
        guard let pointer = out else { throw missing("git_clone") }
        git_repository_free(pointer)
        return try open(at: path)
    }

    /// The URL of remote `name`, or nil when there is no such remote.
    public func remoteURL(_ name: String) throws(GitError) -> String? {
        var out: OpaquePointer? = nil
        let rc = name.withCString { git_remote_lookup(&out, pointer, $0) }
        if rc == GIT_ENOTFOUND.rawValue || rc == GIT_EINVALIDSPEC.rawValue { return nil }
        try check(rc, "git_remote_lookup")
        guard let remote = out else { throw Self.missing("git_remote_lookup") }
        defer { git_remote_free(remote) }
        return git_remote_url(remote).map { String(cString: $0) }
    }

    /// Fetches `refspecs` (e.g. `+refs/heads/main:refs/remotes/origin/main`) from remote `name`.
    /// Server messages (sideband) are returned. `reflogMessage` is what the updated references' reflogs
    /// say (nil: libgit2's default, "fetch").
    @discardableResult
    public func fetch(remote name: String, refspecs: [String], ssh: SSHSettings = SSHSettings(),
                      reflogMessage: String? = nil) throws(GitError) -> String {
        try GitRuntime.loadDeferredCertificates()
        try GitRuntime.useCertificateAuthorities(try Self.configuredCAFile(self))
        let remote = try lookupRemote(name)
        defer { git_remote_free(remote) }
        let collector = TransferCollector(ssh: ssh)
        var options = git_fetch_options()
        try check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "git_fetch_options_init")
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        options.callbacks.sideband_progress = collectorSideband
        options.callbacks.installCredentials(collector)
        var specs = try StringArray(refspecs)
        defer { specs.free() }
        let rc = withExtendedLifetime(collector) {
            specs.withStrArray { array in
                var array = array
                if let reflogMessage { return git_remote_fetch(remote, &array, &options, reflogMessage) }
                return git_remote_fetch(remote, &array, &options, nil)
            }
        }
        try check(rc, "git_remote_fetch")
        collector.http.approveIfUsed()
        return collector.messages
    }

    /// Pushes `refspec` (no `+`: never forced) to remote `name`. Throws `.nonFastForward` when the
    /// remote reference moved past what this repository knows; a refusal by the remote (a hook, a lost
    /// compare-and-swap in receive-pack) is returned as `PushResult.rejection` with the server's text.
    public func push(remote name: String, refspec: String, ssh: SSHSettings = SSHSettings()) throws(GitError) -> PushResult {
        try GitRuntime.loadDeferredCertificates()
        try GitRuntime.useCertificateAuthorities(try Self.configuredCAFile(self))
        let remote = try lookupRemote(name)
        defer { git_remote_free(remote) }
        let collector = TransferCollector(ssh: ssh)
        var options = git_push_options()
        try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "git_push_options_init")
        options.callbacks.sideband_progress = collectorSideband
        options.callbacks.push_update_reference = collectorPushStatus
        options.callbacks.installCredentials(collector)
        var specs = try StringArray([refspec])
        defer { specs.free() }
        let rc = withExtendedLifetime(collector) {
            specs.withStrArray { array in
                var array = array
                return git_remote_push(remote, &array, &options)
            }
        }
        try check(rc, "git_remote_push")
        collector.http.approveIfUsed()
        let rejection = collector.statuses.first { $0.status != nil }.map { "\($0.reference): \($0.status ?? "")" }
        return PushResult(rejection: rejection, serverMessages: collector.messages)
    }

    /// The CA file https remotes are checked against instead of the system's, as git reads it:
    /// `GIT_SSL_CAINFO`, else `http.sslCAInfo` (of the repository, or the user's and system's
    /// config for a clone); nil for the system's store.
    static func configuredCAFile(_ repository: Repository?) throws(GitError) -> String? {
        if let file = ProcessInfo.processInfo.environment["GIT_SSL_CAINFO"], !file.isEmpty { return file }
        if let repository { return try repository.configValue("http.sslCAInfo") }
        return try GlobalConfig.value("http.sslCAInfo")
    }

    private func lookupRemote(_ name: String) throws(GitError) -> OpaquePointer {
        var out: OpaquePointer? = nil
        try check(name.withCString { git_remote_lookup(&out, pointer, $0) }, "git_remote_lookup")
        guard let remote = out else { throw Self.missing("git_remote_lookup") }
        return remote
    }
}

private func collectorSideband(_ text: UnsafePointer<CChar>?, _ length: Int32, _ payload: UnsafeMutableRawPointer?) -> Int32 {
    guard let text, length > 0, let payload else { return 0 }
    let collector = Unmanaged<TransferCollector>.fromOpaque(payload).takeUnretainedValue()
    let bytes = UnsafeRawBufferPointer(start: text, count: Int(length))
    collector.messages += String(decoding: bytes, as: UTF8.self)
    return 0
}

private func collectorPushStatus(_ reference: UnsafePointer<CChar>?, _ status: UnsafePointer<CChar>?, _ payload: UnsafeMutableRawPointer?) -> Int32 {
    guard let payload else { return 0 }
    let collector = Unmanaged<TransferCollector>.fromOpaque(payload).takeUnretainedValue()
    collector.statuses.append((reference.map { String(cString: $0) } ?? "?", status.map { String(cString: $0) }))
    return 0
}
