internal import CGit2
import Foundation

/// The objects of one step, made durable with one flush instead of two per object.
///
/// With fsync on, libgit2 flushes every loose object it writes twice (the file, then its
/// folder): an approve writes a blob, six trees and a commit, so 16 device flushes before the
/// branch moves, most of a bare transition's time (issue 15). A batch turns libgit2's fsync off
/// while the step's objects are written and then flushes them all with one `syncfs(2)` of the
/// objects folder's file system, before anything may point at them. The reference update that
/// follows is fsync'd by libgit2 as before, so the order of durability is unchanged: objects,
/// then the branch.
///
/// libgit2's fsync switch is process-wide. Only a process that writes from one thread at a time
/// (the command line) may batch: it says so once with `GitRuntime.allowObjectFlushBatches()`.
/// Elsewhere (the web desk) `Repository.objectFlushBatch()` returns nil and every object is
/// flushed by libgit2 as it is written.
public final class ObjectFlushBatch {
    private let objectsDirectory: String
    private var open = true

    fileprivate init(objectsDirectory: String) {
        self.objectsDirectory = objectsDirectory
    }

    deinit {
        end()
    }

    /// Makes every object written since the batch began durable, then turns libgit2's fsync back
    /// on; call it before moving a reference to those objects. Throws when the flush fails, and
    /// then nothing may point at them.
    public func flush() throws(GitError) {
        guard open else { return }
        let fd = Glibc.open(objectsDirectory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            throw GitError(code: .generic, message: "cannot open \(objectsDirectory) to flush the new objects (errno \(errno))",
                           operation: "syncfs")
        }
        let synced = gitkit_syncfs(fd)
        let syncError = errno
        close(fd)
        open = false
        if let error = GitRuntime.endObjectFlushBatch() { throw error }
        guard synced == 0 else {
            throw GitError(code: .generic, message: "flushing the new objects in \(objectsDirectory) failed (errno \(syncError))",
                           operation: "syncfs")
        }
    }

    /// Turns libgit2's fsync back on without flushing, for a step that was abandoned (its objects
    /// are unreferenced). Called on every path by deinit, which cannot throw; libgit2 refuses the
    /// switch only as an unknown option, which it is not.
    public func end() {
        guard open else { return }
        open = false
        _ = GitRuntime.endObjectFlushBatch()
    }
}

extension Repository {
    /// A batch for the objects this process is about to write, or nil when it may not batch (see
    /// `ObjectFlushBatch`) or fsync is off anyway.
    public func objectFlushBatch() throws(GitError) -> ObjectFlushBatch? {
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        try check(git_repository_item_path(&buffer, pointer, GIT_REPOSITORY_ITEM_OBJECTS), "git_repository_item_path")
        guard let objects = buffer.ptr.map({ String(cString: $0) }) else { throw Self.missing("git_repository_item_path") }
        guard try GitRuntime.beginObjectFlushBatch() else { return nil }
        return ObjectFlushBatch(objectsDirectory: objects)
    }
}
