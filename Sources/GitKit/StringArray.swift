internal import CGit2
import Foundation

/// strdup'd copies of Swift strings laid out as a `git_strarray`, so the C strings outlive the libgit2 call.
/// Call `free()` (in a defer) when done.
struct StringArray {
    private var pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) throws(GitError) {
        pointers = []
        pointers.reserveCapacity(strings.count)
        for string in strings {
            guard let copy = strdup(string) else {
                for pointer in pointers { Foundation.free(pointer) }
                throw GitError(code: .generic, message: "out of memory", operation: "strdup")
            }
            pointers.append(copy)
        }
    }

    /// Runs `body` with a `git_strarray` pointing at the copies.
    mutating func withStrArray<R>(_ body: (git_strarray) -> R) -> R {
        let count = pointers.count
        return pointers.withUnsafeMutableBufferPointer { buffer in
            body(git_strarray(strings: buffer.baseAddress, count: count))
        }
    }

    func free() {
        for pointer in pointers { Foundation.free(pointer) }
    }
}
