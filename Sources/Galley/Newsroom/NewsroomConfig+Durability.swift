/// `fsync: false` in galley.yaml: a throwaway repository (a demo, a test, a
/// scratch copy) may trade durability for speed. By default every object and
/// reference Galley writes is fsynced before the command reports success, so
/// an acknowledged step survives a power loss; without it a power loss can
/// lose the last steps (or leave the branch naming an object that never
/// reached the disk — `git fsck` then fails). A process crash loses nothing
/// either way: the kernel still has the written data.
extension NewsroomConfig {
    public static let fsyncKey = "fsync"

    /// False only when galley.yaml says `fsync: false`.
    public var fsyncEnabled: Bool { value(of: Self.fsyncKey) != "false" }
}
