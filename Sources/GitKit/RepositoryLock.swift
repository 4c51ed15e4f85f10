import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An application's write lock: an exclusive `flock(2)` on a file in the git dir, named by the caller.
/// Serialising read-tip → commit → compare-and-swap avoids retry storms (DESIGN §2); the kernel drops
/// the flock when its holder dies, so it never goes stale. Released in deinit too; `release()` is idempotent.
public final class RepositoryLock {
    /// Repository-relative names of libgit2 lock files a dead holder left behind, deleted on acquire.
    public let clearedStaleLockFiles: [String]
    /// The previous holder died while writing (its "writing" marker was still there): the caller
    /// should repair what that writer may have left half done after its last durable step.
    public let previousHolderDied: Bool
    private var descriptor: Int32?

    init(descriptor: Int32, clearedStaleLockFiles: [String], previousHolderDied: Bool) {
        self.descriptor = descriptor
        self.clearedStaleLockFiles = clearedStaleLockFiles
        self.previousHolderDied = previousHolderDied
    }

    deinit {
        release()
    }

    /// Clears the "writing" marker, unlocks and closes. Safe to call more than once.
    public func release() {
        guard let fd = descriptor else { return }
        descriptor = nil
        _ = ftruncate(fd, 0)
        _ = flock(fd, LOCK_UN)
        _ = close(fd)
    }
}

extension Repository {
    /// Takes the write lock `<gitdir>/<fileName>`, polling every ~5 ms until `timeout`, then throws `.locked`.
    /// If the previous holder died mid-write (the file still says "writing"), deletes the libgit2 lock files
    /// it may have left (`index.lock`, `HEAD.lock`, `refs/**/*.lock`) and reports them.
    public func acquireWriteLock(fileName: String, timeout: Duration) throws(GitError) -> RepositoryLock {
        guard !fileName.isEmpty, !fileName.contains("/"), fileName != ".", fileName != ".." else {
            throw GitError(code: .invalid, message: "a lock file name is one plain name, not \(fileName)", operation: "acquireWriteLock")
        }
        let gitDir = gitDirectory
        let lockPath = gitDir + "/" + fileName
        let fd = Glibc.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.posixError("open \(lockPath)") }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                let error = Self.posixError("flock \(lockPath)", code: code)
                close(fd)
                throw error
            }
            if clock.now >= deadline {
                close(fd)
                throw GitError(code: .locked,
                               message: "another process has held the write lock \(fileName) for more than \(Self.seconds(timeout)) s",
                               operation: "acquireWriteLock")
            }
            usleep(5_000)
        }

        // From here on the lock object owns fd: it unlocks and closes on every path, including throws.
        var cleared: [String] = []
        let died = Self.readAll(fd).contains("writing")
        if died {
            cleared = Self.clearStaleLockFiles(gitDir: gitDir)
        }
        let lock = RepositoryLock(descriptor: fd, clearedStaleLockFiles: cleared, previousHolderDied: died)
        let text = Array("pid \(getpid()) writing\n".utf8)
        let written = text.withUnsafeBytes { raw in
            ftruncate(fd, 0) == 0 ? pwrite(fd, raw.baseAddress, raw.count, 0) : -1
        }
        guard written == text.count else { throw Self.posixError("write \(lockPath)") }
        return lock
    }

    private static func readAll(_ fd: Int32) -> String {
        var bytes = [UInt8](repeating: 0, count: 256)
        let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        return count > 0 ? String(decoding: bytes.prefix(count), as: UTF8.self) : ""
    }

    private static func clearStaleLockFiles(gitDir: String) -> [String] {
        var candidates = ["index.lock", "HEAD.lock"]
        let fileManager = FileManager.default
        if let enumerator = fileManager.enumerator(atPath: gitDir + "/refs") {
            for case let relative as String in enumerator where relative.hasSuffix(".lock") {
                candidates.append("refs/" + relative)
            }
        }
        var cleared: [String] = []
        for name in candidates {
            var info = stat()
            let path = gitDir + "/" + name
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            if unlink(path) == 0 { cleared.append(name) }
        }
        return cleared.sorted()
    }

    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        if attoseconds == 0 { return "\(seconds)" }
        return String(format: "%g", Double(seconds) + Double(attoseconds) / 1e18)
    }

    private static func posixError(_ operation: String, code: Int32 = errno) -> GitError {
        GitError(code: .generic, message: String(cString: strerror(code)), operation: operation)
    }
}
