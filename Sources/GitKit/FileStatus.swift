/// A work-tree path's state, bit for bit libgit2's `git_status_t`.
public struct FileStatus: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let indexNew = FileStatus(rawValue: 1 << 0)
    public static let indexModified = FileStatus(rawValue: 1 << 1)
    public static let indexDeleted = FileStatus(rawValue: 1 << 2)
    public static let indexRenamed = FileStatus(rawValue: 1 << 3)
    public static let indexTypeChange = FileStatus(rawValue: 1 << 4)
    public static let workTreeNew = FileStatus(rawValue: 1 << 7)
    public static let workTreeModified = FileStatus(rawValue: 1 << 8)
    public static let workTreeDeleted = FileStatus(rawValue: 1 << 9)
    public static let workTreeTypeChange = FileStatus(rawValue: 1 << 10)
    public static let workTreeRenamed = FileStatus(rawValue: 1 << 11)
    public static let ignored = FileStatus(rawValue: 1 << 14)
    public static let conflicted = FileStatus(rawValue: 1 << 15)

    /// Nothing to report: index and work tree match HEAD.
    public var isClean: Bool { rawValue == 0 }
}
