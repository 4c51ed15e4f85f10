internal import CGit2

/// git's configuration outside any repository (global, XDG and system files), for a
/// command that has no repository yet: a new repository's signing key is looked up there, and
/// a clone's CA file (`http.sslCAInfo`), which is what the repository it creates would see.
public enum GlobalConfig {
    /// A value from the default config files (a fresh snapshot); nil when unset.
    public static func value(_ key: String) throws(GitError) -> String? {
        try GitRuntime.ensureInitialised()
        var out: OpaquePointer? = nil
        try check(git_config_open_default(&out), "git_config_open_default")
        guard let config = out else { throw Repository.missing("git_config_open_default") }
        defer { git_config_free(config) }
        var snapshotOut: OpaquePointer? = nil
        try check(git_config_snapshot(&snapshotOut, config), "git_config_snapshot")
        guard let snapshot = snapshotOut else { throw Repository.missing("git_config_snapshot") }
        defer { git_config_free(snapshot) }
        return try configString(key, in: snapshot)
    }
}
