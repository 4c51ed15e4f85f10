internal import CGit2

/// Config as git sees it for this repository.
extension Repository {
    /// A config value across repo, global and system levels (from a fresh snapshot); nil when unset.
    public func configValue(_ key: String) throws(GitError) -> String? {
        var out: OpaquePointer? = nil
        try check(git_repository_config_snapshot(&out, pointer), "git_repository_config_snapshot")
        guard let snapshot = out else { throw Self.missing("git_repository_config_snapshot") }
        defer { git_config_free(snapshot) }
        return try configString(key, in: snapshot)
    }

    /// Sets a value in the repository's own (local) config file.
    public func setConfigValue(_ key: String, _ value: String) throws(GitError) {
        var out: OpaquePointer? = nil
        try check(git_repository_config(&out, pointer), "git_repository_config")
        guard let config = out else { throw Self.missing("git_repository_config") }
        defer { git_config_free(config) }
        var localOut: OpaquePointer? = nil
        try check(git_config_open_level(&localOut, config, GIT_CONFIG_LEVEL_LOCAL), "git_config_open_level")
        guard let local = localOut else { throw Self.missing("git_config_open_level") }
        defer { git_config_free(local) }
        let rc = key.withCString { keyPointer in
            value.withCString { git_config_set_string(local, keyPointer, $0) }
        }
        try check(rc, "git_config_set_string")
    }
}

/// A string value of a config snapshot, copied (it belongs to the snapshot); nil when unset.
func configString(_ key: String, in snapshot: OpaquePointer) throws(GitError) -> String? {
    var value: UnsafePointer<CChar>? = nil
    let rc = key.withCString { git_config_get_string(&value, snapshot, $0) }
    if rc == GIT_ENOTFOUND.rawValue { return nil }
    try check(rc, "git_config_get_string")
    return value.map { String(cString: $0) }
}
