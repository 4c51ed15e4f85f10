internal import CGit2

/// git's configuration outside any repository (the user's and the system's files), for
/// what is needed before a repository exists (a clone's CA file).
enum GitConfig {
    /// A value from the default config (global, XDG, system); nil when unset.
    static func defaultValue(_ key: String) throws(GitError) -> String? {
        try GitRuntime.ensureInitialised()
        var out: OpaquePointer? = nil
        try check(git_config_open_default(&out), "git_config_open_default")
        guard let config = out else { throw GitError(code: .generic, message: "no config", operation: "git_config_open_default") }
        defer { git_config_free(config) }
        var snapshotOut: OpaquePointer? = nil
        try check(git_config_snapshot(&snapshotOut, config), "git_config_snapshot")
        guard let snapshot = snapshotOut else { throw GitError(code: .generic, message: "no snapshot", operation: "git_config_snapshot") }
        defer { git_config_free(snapshot) }
        var value: UnsafePointer<CChar>? = nil
        let rc = key.withCString { git_config_get_string(&value, snapshot, $0) }
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "git_config_get_string")
        return value.map { String(cString: $0) }
    }
}
