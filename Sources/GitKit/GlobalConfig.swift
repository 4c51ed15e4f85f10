internal import CGit2

/// git's configuration outside any repository (global, XDG and system files), for a
/// command that has no repository yet: `galley init` looks up the signing key there,
/// which is what a repository it creates would see as well.
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
        var value: UnsafePointer<CChar>? = nil
        let rc = key.withCString { git_config_get_string(&value, snapshot, $0) }
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "git_config_get_string")
        // The string belongs to the snapshot: copy it before the snapshot is freed.
        return value.map { String(cString: $0) }
    }
}
