/// `galley status`: how this clone stands against the central repository, from the last fetch (offline).
public struct SyncStatus: Sendable {
    public var central: String?
    public var branch: String
    /// Local steps the central repository does not have yet.
    public var waiting: Int
    /// Central steps (as of the last fetch) this clone does not have yet.
    public var incoming: Int
    /// When the central repository was last fetched; nil when never.
    public var lastFetch: Timestamp?
    public var conflicts: Int
}
