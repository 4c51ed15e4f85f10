internal import CGit2

/// Every failure in GitKit: libgit2's error code and message, plus the step that failed,
/// so callers can branch on `code` (e.g. `.modified` for a lost compare-and-swap) and humans get context.
public struct GitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libgit2's `git_error_code`, with Swift names.
    public struct Code: RawRepresentable, Hashable, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        public static let generic = Code(rawValue: -1)
        public static let notFound = Code(rawValue: -3)
        public static let exists = Code(rawValue: -4)
        public static let ambiguous = Code(rawValue: -5)
        public static let bufferTooShort = Code(rawValue: -6)
        public static let user = Code(rawValue: -7)
        public static let bareRepository = Code(rawValue: -8)
        public static let unbornBranch = Code(rawValue: -9)
        public static let unmerged = Code(rawValue: -10)
        public static let nonFastForward = Code(rawValue: -11)
        public static let invalidSpec = Code(rawValue: -12)
        public static let conflict = Code(rawValue: -13)
        public static let locked = Code(rawValue: -14)
        public static let modified = Code(rawValue: -15)
        public static let auth = Code(rawValue: -16)
        public static let certificate = Code(rawValue: -17)
        public static let applied = Code(rawValue: -18)
        public static let peel = Code(rawValue: -19)
        public static let endOfFile = Code(rawValue: -20)
        public static let invalid = Code(rawValue: -21)
        public static let uncommitted = Code(rawValue: -22)
        public static let directory = Code(rawValue: -23)
        public static let mergeConflict = Code(rawValue: -24)
        public static let passthrough = Code(rawValue: -30)
        public static let iterationOver = Code(rawValue: -31)
        public static let retry = Code(rawValue: -32)
        public static let mismatch = Code(rawValue: -33)
        public static let indexDirty = Code(rawValue: -34)
        public static let applyFail = Code(rawValue: -35)
        public static let owner = Code(rawValue: -36)
        public static let timeout = Code(rawValue: -37)

        /// Lets `catch GitError.Code.modified { … }` match, like swift-system's `Errno`.
        public static func ~= (pattern: Code, error: any Error) -> Bool {
            guard let gitError = error as? GitError else { return false }
            return gitError.code == pattern
        }
    }

    public let code: Code
    /// libgit2's message (from `git_error_last`), or GitKit's own.
    public let message: String
    /// The C function or step that failed, e.g. "git_commit_create".
    public let operation: String

    public init(code: Code, message: String, operation: String) {
        self.code = code
        self.message = message
        self.operation = operation
    }

    public var description: String { "\(operation): \(message)" }
}

extension GitError {
    /// Builds the error for a failed libgit2 call. Must be called right after the call
    /// that returned `rc < 0`: `git_error_last` is thread-local and not cleared on success.
    static func libgit2(_ rc: Int32, _ operation: String) -> GitError {
        var message = "libgit2 error \(rc)"
        if let last = git_error_last(), let text = last.pointee.message {
            message = String(cString: text)
        }
        return GitError(code: Code(rawValue: rc), message: message, operation: operation)
    }
}

/// Throws the libgit2 error for `rc` when it signals failure (< 0).
@inline(__always)
func check(_ rc: Int32, _ operation: String) throws(GitError) {
    if rc < 0 { throw GitError.libgit2(rc, operation) }
}
