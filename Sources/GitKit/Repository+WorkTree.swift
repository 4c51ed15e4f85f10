internal import CGit2
import Foundation

/// The work-tree side, for reporters' checkouts: status of one path and bringing paths in line with HEAD.
extension Repository {
    /// `git_status_file` for one work-tree-relative path; a path unknown to git and absent on disk is clean.
    /// Throws `.bareRepository` on a bare repository.
    public func status(ofPath path: String) throws(GitError) -> FileStatus {
        guard !isBare, let root = workTree else { throw Self.bare("status(ofPath:)") }
        if try isCleanByIndexFile(path, root: root) { return [] }
        var flags: UInt32 = 0
        let rc = path.withCString { git_status_file(&flags, pointer, $0) }
        if rc == GIT_ENOTFOUND.rawValue { return [] }
        try check(rc, "git_status_file")
        return FileStatus(rawValue: flags)
    }

    /// After the current branch moved: makes these work-tree paths and their index entries match HEAD's commit,
    /// leaving every other path alone. Files are replaced atomically (temp file + rename); the temporary
    /// files are named `<temporaryPrefix><UUID>.tmp`, so the caller can recognise those a killed process left.
    public func syncWorkTree(paths: [String], temporaryPrefix: String) throws(GitError) {
        guard !isBare, let root = workTree else { throw Self.bare("syncWorkTree") }
        for path in paths { try Self.validateRelative(path) }

        var headTree: OpaquePointer? = nil
        defer { git_tree_free(headTree) }
        if let head = try headCommitIfBorn() { headTree = try commitTree(head) }
        if try syncWorkTreeByIndexFile(paths, headTree: headTree, root: root, temporaryPrefix: temporaryPrefix) { return }

        var indexOut: OpaquePointer? = nil
        try check(git_repository_index(&indexOut, pointer), "git_repository_index")
        guard let index = indexOut else { throw Self.missing("git_repository_index") }
        defer { git_index_free(index) }
        try check(git_index_read(index, 0), "git_index_read")

        for path in paths {
            let fullPath = root + "/" + path
            let entry: TreeEntry?
            if let headTree { entry = try self.entry(at: path, in: headTree) } else { entry = nil }
            if let entry, entry.kind == .blob {
                try writeWorkFile(fullPath, entry: entry, temporaryPrefix: temporaryPrefix)
                let rc = path.withCString { git_index_add_bypath(index, $0) }
                try check(rc, "git_index_add_bypath")
            } else {
                try Self.removeWorkFile(fullPath, root: root)
                let rc = path.withCString { git_index_remove_bypath(index, $0) }
                try check(rc, "git_index_remove_bypath")
            }
        }
        try check(git_index_write(index), "git_index_write")
    }

    /// Forces the work tree to HEAD (`git_checkout_head` with `GIT_CHECKOUT_FORCE`); a no-op when bare.
    public func checkoutHead() throws(GitError) {
        guard !isBare else { return }
        var options = git_checkout_options()
        try check(git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)), "git_checkout_options_init")
        options.checkout_strategy = GIT_CHECKOUT_FORCE.rawValue
        try check(git_checkout_head(pointer, &options), "git_checkout_head")
    }

    // MARK: - Helpers

    private static func bare(_ operation: String) -> GitError {
        GitError(code: .bareRepository, message: "the repository has no work tree", operation: operation)
    }

    /// Rejects paths that could escape the work tree or touch the git dir.
    private static func validateRelative(_ path: String) throws(GitError) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let bad = path.isEmpty || path.hasPrefix("/")
            || components.contains { $0.isEmpty || $0 == "." || $0 == ".." || $0 == ".git" }
        if bad {
            throw GitError(code: .invalid, message: "not a work-tree-relative file path: '\(path)'",
                           operation: "syncWorkTree")
        }
    }

    /// HEAD's commit, or nil when the branch is unborn.
    func headCommitIfBorn() throws(GitError) -> ObjectID? {
        var out = git_oid()
        let rc = git_reference_name_to_id(&out, pointer, "HEAD")
        if rc == GIT_ENOTFOUND.rawValue || rc == GIT_EUNBORNBRANCH.rawValue { return nil }
        try check(rc, "git_reference_name_to_id")
        return ObjectID(out)
    }

    func writeWorkFile(_ fullPath: String, entry: TreeEntry, temporaryPrefix: String) throws(GitError) {
        let data = try blobData(entry.id)
        let url = URL(fileURLWithPath: fullPath)
        let directory = url.deletingLastPathComponent()
        let temp = directory.appendingPathComponent("\(temporaryPrefix)\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            if entry.mode == 0o120000 {
                let target = String(decoding: data, as: UTF8.self)
                try FileManager.default.createSymbolicLink(atPath: temp.path, withDestinationPath: target)
            } else {
                try data.write(to: temp)
                let permissions = entry.mode == 0o100755 ? 0o755 : 0o644
                try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temp.path)
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw GitError(code: .generic, message: "cannot write \(fullPath): \(error)", operation: "syncWorkTree")
        }
        if rename(temp.path, fullPath) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw GitError(code: .generic, message: "cannot replace \(fullPath): \(reason)", operation: "rename")
        }
    }

    /// Deletes a file (not a folder) if present, then any parent folders left empty, up to the work tree.
    static func removeWorkFile(_ fullPath: String, root: String) throws(GitError) {
        var info = stat()
        if lstat(fullPath, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR {
            if unlink(fullPath) != 0 {
                let reason = String(cString: strerror(errno))
                throw GitError(code: .generic, message: "cannot delete \(fullPath): \(reason)", operation: "unlink")
            }
        }
        var directory = (fullPath as NSString).deletingLastPathComponent
        while directory.count > root.count, directory.hasPrefix(root + "/") {
            if rmdir(directory) != 0 { break }
            directory = (directory as NSString).deletingLastPathComponent
        }
    }
}

extension Repository {
    /// Whether git's index lock file exists: another git command is writing the index
    /// (or one died doing so). Callers check before moving the branch of a work tree,
    /// so they never record a commit they then cannot show in the index.
    public var isIndexLocked: Bool {
        FileManager.default.fileExists(atPath: gitDirectory + "/index.lock")
    }
}
