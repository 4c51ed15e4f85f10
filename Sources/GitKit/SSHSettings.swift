/// How ssh remotes authenticate, decided by the caller (GitKit reads no application settings):
/// the one key file to offer, if any, and whether a host key missing from known_hosts is accepted.
public struct SSHSettings: Sendable, Equatable {
    /// Offered alone when set; otherwise the ssh agent, then `~/.ssh/id_ed25519` and `~/.ssh/id_rsa`.
    public var keyFile: String?
    /// Accept a host key that is not in `~/.ssh/known_hosts` (tests only: it defeats the host check).
    public var acceptsUnknownHostKeys: Bool
    /// How a person names a key file to the caller (e.g. an environment variable), for the
    /// "no key to offer" message; nil leaves that advice out.
    public var keyFileSettingName: String?

    public init(keyFile: String? = nil, acceptsUnknownHostKeys: Bool = false, keyFileSettingName: String? = nil) {
        self.keyFile = keyFile
        self.acceptsUnknownHostKeys = acceptsUnknownHostKeys
        self.keyFileSettingName = keyFileSettingName
    }
}
