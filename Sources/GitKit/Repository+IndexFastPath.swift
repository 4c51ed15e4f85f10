internal import CGit2
import Foundation
import Synchronization

/// The work tree's one-path checks and updates, read from and written to git's index file
/// directly (`GitIndexFile`) instead of through libgit2's whole-index parse and rewrite.
/// Each answers only when it is sure; otherwise it returns false and the caller does the
/// libgit2 work, so an index this code does not understand costs time, never correctness.
extension Repository {
    /// True when `path` is clean by git's own rule, read from the index: one stage-0 entry
    /// with no special flags, its blob and mode equal to HEAD's, and stat data equal to the
    /// file's, recorded before the index was written (not "racily clean").
    func isCleanByIndexFile(_ path: String, root: String) throws(GitError) -> Bool {
        guard let (index, written) = Self.readIndexFile(gitDirectory + "/index") else { return false }
        let name = Array(path.utf8)
        let found = index.entries(for: name)
        guard found.count == 1 else { return false }
        let entry = index.entries[found[0]]
        guard entry.stage == 0, !entry.assumesValid, !entry.hasExtendedFlags else { return false }
        guard let head = try headCommitIfBorn() else { return false }
        let tree = try commitTree(head)
        defer { git_tree_free(tree) }
        guard let committed = try self.entry(at: path, in: tree), committed.kind == .blob,
              committed.mode == 0o100644 || committed.mode == 0o100755 else { return false }
        let recorded = index.stat(entry)
        guard committed.id == index.objectID(entry), committed.mode == recorded.mode else { return false }
        var info = stat()
        guard lstat(root + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        let mode: UInt32 = info.st_mode & 0o100 != 0 ? 0o100755 : 0o100644
        // The device is not compared: libgit2 records 0 there, and git compares it only when built with USE_STDEV.
        var current = GitIndexFile.StatData(info, mode: mode)
        current.device = recorded.device
        guard current == recorded else { return false }
        return (recorded.mtimeSeconds, recorded.mtimeNanoseconds) < written
    }

    /// Brings `paths` in line with HEAD's tree (regular files only) and rewrites their index
    /// entries in one pass, under git's `index.lock`. False, with nothing written, when a path
    /// or the index needs libgit2 (a symlink, a conflict, a folder in the way, version 4, …).
    func syncWorkTreeByIndexFile(
        _ paths: [String], headTree: OpaquePointer?, root: String, temporaryPrefix: String
    ) throws(GitError) -> Bool {
        guard let headTree else { return false }
        let indexPath = gitDirectory + "/index"
        let lockPath = indexPath + ".lock"
        let lock = Glibc.open(lockPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if lock < 0 {
            if errno == EEXIST {
                throw GitError(code: .locked, message: "the index is locked (\(lockPath) exists)", operation: "syncWorkTree")
            }
            return false
        }
        var committed = false
        defer {
            close(lock)
            if !committed { unlink(lockPath) }
        }
        guard let (index, _) = Self.readIndexFile(indexPath) else { return false }

        var upserts: [(path: String, entry: TreeEntry)] = []
        var removals: [String] = []
        // A path named twice is one entry, never two.
        let paths = Array(Set(paths)).sorted()
        for path in paths {
            let name = Array(path.utf8)
            guard name.count < 0x0FFF else { return false }
            let existing = index.entries(for: name).map { index.entries[$0] }
            guard existing.allSatisfy({ $0.stage == 0 && !$0.hasExtendedFlags && !$0.assumesValid }), existing.count <= 1 else { return false }
            if let entry = try self.entry(at: path, in: headTree) {
                guard entry.kind == .blob, entry.mode == 0o100644 || entry.mode == 0o100755 else { return false }
                if existing.isEmpty, index.hasDirectoryConflict(name) { return false }
                upserts.append((path, entry))
            } else {
                removals.append(path)
            }
        }

        var replacements: [GitIndexFile.Replacement] = []
        for (path, entry) in upserts {
            let fullPath = root + "/" + path
            try writeWorkFile(fullPath, entry: entry, temporaryPrefix: temporaryPrefix)
            var info = stat()
            guard lstat(fullPath, &info) == 0 else {
                throw GitError(code: .generic, message: "cannot read back \(fullPath): \(String(cString: strerror(errno)))", operation: "lstat")
            }
            replacements.append(GitIndexFile.Replacement(
                path: Array(path.utf8), id: entry.id, stat: GitIndexFile.StatData(info, mode: entry.mode)))
        }
        for path in removals {
            try Self.removeWorkFile(root + "/" + path, root: root)
        }

        let bytes = index.patched(upserting: replacements, removing: removals.map { Array($0.utf8) })
        let wrote = bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let count = write(lock, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        guard wrote, !GitRuntime.fsyncsGitDirectory || fsync(lock) == 0 else {
            throw GitError(code: .generic, message: "cannot write \(lockPath): \(String(cString: strerror(errno)))", operation: "write")
        }
        guard rename(lockPath, indexPath) == 0 else {
            throw GitError(code: .generic, message: "cannot replace \(indexPath): \(String(cString: strerror(errno)))", operation: "rename")
        }
        committed = true
        return true
    }

    /// The parsed index and its modification time (seconds, nanoseconds, truncated like git's
    /// entries), or nil when it is missing or not one `GitIndexFile` understands.
    private static func readIndexFile(_ path: String) -> (GitIndexFile, (UInt32, UInt32))? {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0, info.st_size < 1 << 31 else { return nil }
        let written = (UInt32(truncatingIfNeeded: info.st_mtim.tv_sec), UInt32(truncatingIfNeeded: info.st_mtim.tv_nsec))
        let identity = IndexFileIdentity(path: path, info)
        if let cached = IndexFileCache.shared.withLock({ $0?.identity == identity ? $0?.index : nil }) { return (cached, written) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        let complete = bytes.withUnsafeMutableBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let count = read(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        guard complete, let index = GitIndexFile(bytes: bytes) else { return nil }
        IndexFileCache.shared.withLock { $0 = (identity, index) }
        return (index, written)
    }
}

/// Which index file was read, as git tells an index changed: the same file (device and
/// inode; git replaces it by rename), size and change times to the nanosecond.
private struct IndexFileIdentity: Equatable {
    let path: String
    let device: UInt64, inode: UInt64, size: Int64
    let mtime: (Int, Int), ctime: (Int, Int)

    init(path: String, _ info: stat) {
        self.path = path
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        mtime = (info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
        ctime = (info.st_ctim.tv_sec, info.st_ctim.tv_nsec)
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.path == rhs.path && lhs.device == rhs.device && lhs.inode == rhs.inode && lhs.size == rhs.size
            && lhs.mtime == rhs.mtime && lhs.ctime == rhs.ctime
    }
}

/// The last index read in this process: a step checks its file's status and then updates
/// the index, and should not read and hash several megabytes twice.
private enum IndexFileCache {
    static let shared = Mutex<(identity: IndexFileIdentity, index: GitIndexFile)?>(nil)
}
