internal import CGit2
import Foundation

/// Who and when, as git records it: whole seconds and a UTC offset in minutes.
public struct Signature: Sendable, Equatable {
    public var name: String
    public var email: String
    /// Whole seconds; fractions are dropped when written.
    public var time: Date
    /// Minutes east of UTC, e.g. 420 for +07:00.
    public var offsetMinutes: Int

    public init(name: String, email: String, time: Date, offsetMinutes: Int) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    init(_ signature: UnsafePointer<git_signature>) {
        let value = signature.pointee
        name = value.name.map { String(cString: $0) } ?? ""
        email = value.email.map { String(cString: $0) } ?? ""
        time = Date(timeIntervalSince1970: TimeInterval(value.when.time))
        offsetMinutes = Int(value.when.offset)
    }

    /// A libgit2 signature the caller must free with `git_signature_free`.
    func makeGitSignature() throws(GitError) -> UnsafeMutablePointer<git_signature> {
        var out: UnsafeMutablePointer<git_signature>? = nil
        let seconds = git_time_t(time.timeIntervalSince1970.rounded(.down))
        let rc = name.withCString { namePointer in
            email.withCString { emailPointer in
                git_signature_new(&out, namePointer, emailPointer, seconds, Int32(offsetMinutes))
            }
        }
        try check(rc, "git_signature_new")
        guard let signature = out else {
            throw GitError(code: .generic, message: "no signature returned", operation: "git_signature_new")
        }
        return signature
    }
}
