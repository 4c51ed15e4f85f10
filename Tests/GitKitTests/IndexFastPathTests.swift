import Foundation
@testable import GitKit
import Testing

/// The index fast path (`GitIndexFile`): what it writes, git must read as exactly what
/// libgit2 would have written (entries, blob ids, stat data git trusts), and whatever it
/// does not understand must go to libgit2 with the same result.
@Suite struct IndexFastPathTests {
    /// A repository whose index git wrote with a cache tree (TREE extension), as a clone has.
    private func repository(_ scratch: Scratch) throws -> (path: String, repository: Repository) {
        let path = try scratch.cliRepository(commits: 3)
        try FileManager.default.createDirectory(atPath: path + "/articles/a", withIntermediateDirectories: true)
        try "bài a\n".write(toFile: path + "/articles/a/index.md", atomically: false, encoding: .utf8)
        try "bài b\n".write(toFile: path + "/articles/b.md", atomically: false, encoding: .utf8)
        try scratch.git("add", ".", in: path)
        try scratch.git("commit", "-q", "-m", "articles", in: path)
        return (path, try Repository.open(at: path))
    }

    /// What git says when it trusts the index: nothing staged, nothing modified, every stat exact.
    private func expectGitAgrees(_ scratch: Scratch, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try scratch.git("status", "--porcelain", in: path) == "", sourceLocation: sourceLocation)
        // diff-files does not refresh: an entry whose stat data is wrong shows up here.
        #expect(try scratch.git("diff-files", in: path) == "", sourceLocation: sourceLocation)
        #expect(try scratch.git("diff-index", "--cached", "HEAD", in: path) == "", sourceLocation: sourceLocation)
        let staged = try scratch.git("ls-files", "-s", in: path).split(separator: "\n").map { line in
            let fields = line.split(separator: " ", maxSplits: 2)
            return "\(fields[0]) \(fields[1]) \(fields[2].split(separator: "\t").last ?? "")"
        }
        let committed = try scratch.git("ls-tree", "-r", "HEAD", in: path).split(separator: "\n").map { line in
            let fields = line.split(separator: " ", maxSplits: 2)
            let rest = fields[2].split(separator: "\t")
            return "\(fields[0]) \(rest[0]) \(rest[1])"
        }
        #expect(staged == committed, sourceLocation: sourceLocation)
    }

    @Test func replacingInsertingAndRemovingKeepGitsViewExact() throws {
        let scratch = try Scratch()
        let (path, repository) = try repository(scratch)
        let before = try #require(GitIndexFile(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path + "/.git/index")))))

        try repository.commitFiles(["articles/a/index.md": "bài a, đã sửa\n", "articles/c/index.md": "bài c\n", "file2.md": nil])
        #expect(try repository.status(ofPath: "articles/b.md").isClean)
        try repository.syncWorkTree(paths: ["articles/a/index.md", "articles/c/index.md", "file2.md"], temporaryPrefix: ".kit-")
        try expectGitAgrees(scratch, path)
        #expect(try String(contentsOfFile: path + "/articles/c/index.md", encoding: .utf8) == "bài c\n")
        #expect(!FileManager.default.fileExists(atPath: path + "/file2.md"))

        // It was the fast path: the file is one GitIndexFile reads, with one entry more and one fewer.
        let after = try #require(GitIndexFile(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path + "/.git/index")))))
        #expect(after.entries.count == before.entries.count)
        #expect(after.entries(for: Array("articles/c/index.md".utf8)).count == 1)
        #expect(after.entries(for: Array("file2.md".utf8)).isEmpty)
        // And the next check of the replaced file trusts it without libgit2.
        #expect(try repository.isCleanByIndexFile("articles/a/index.md", root: path))
    }

    @Test func aPathNamedTwiceIsOneEntry() throws {
        let scratch = try Scratch()
        let (path, repository) = try repository(scratch)
        try repository.commitFiles(["articles/d/index.md": "bài d\n"])
        try repository.syncWorkTree(paths: ["articles/d/index.md", "articles/d/index.md"], temporaryPrefix: ".kit-")
        #expect(try scratch.git("ls-files", "articles/d", in: path) == "articles/d/index.md")
        try expectGitAgrees(scratch, path)
    }

    @Test func editsAreSeenWhateverPathAnswers() throws {
        let scratch = try Scratch()
        let (path, repository) = try repository(scratch)
        try repository.commitFiles(["articles/a/index.md": "bài a, đã sửa\n"])
        try repository.syncWorkTree(paths: ["articles/a/index.md"], temporaryPrefix: ".kit-")
        #expect(try repository.status(ofPath: "articles/a/index.md").isClean)

        // Same size, other bytes: the stat data (ctime at least) differs, so libgit2 decides.
        try "bài A, đã sửa\n".write(toFile: path + "/articles/a/index.md", atomically: false, encoding: .utf8)
        #expect(try !repository.isCleanByIndexFile("articles/a/index.md", root: path))
        #expect(try repository.status(ofPath: "articles/a/index.md").contains(.workTreeModified))

        // A staged change: the entry's blob is not HEAD's.
        try scratch.git("add", "articles/a/index.md", in: path)
        #expect(try !repository.isCleanByIndexFile("articles/a/index.md", root: path))
        #expect(try repository.status(ofPath: "articles/a/index.md").contains(.indexModified))

        // Deleted from the work tree.
        try scratch.git("reset", "-q", "--hard", in: path)
        try FileManager.default.removeItem(atPath: path + "/articles/b.md")
        #expect(try repository.status(ofPath: "articles/b.md").contains(.workTreeDeleted))
    }

    /// Indexes the fast path leaves to libgit2, set up with git's own commands.
    @Test(arguments: [
        ["update-index", "--index-version", "4"],
        ["update-index", "--assume-unchanged", "articles/b.md"],
        ["update-index", "--skip-worktree", "file1.md"],
    ])
    func indexesItDoesNotHandleGoToLibgit2(setup: [String]) throws {
        let scratch = try Scratch()
        let (path, repository) = try repository(scratch)
        try scratch.gitData(setup, in: path)
        let parsed = GitIndexFile(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path + "/.git/index"))))
        if setup.contains("--index-version") {
            #expect(parsed == nil)
        }
        try repository.commitFiles(["articles/a/index.md": "bài a, đã sửa\n", "articles/b.md": "bài b, đã sửa\n"])
        try repository.syncWorkTree(paths: ["articles/a/index.md", "articles/b.md"], temporaryPrefix: ".kit-")
        #expect(try String(contentsOfFile: path + "/articles/b.md", encoding: .utf8) == "bài b, đã sửa\n")
        #expect(try scratch.git("diff-index", "--cached", "HEAD", in: path) == "")
        #expect(try repository.status(ofPath: "articles/a/index.md").isClean)
    }

    /// A split index carries the required `link` extension, which neither this code nor
    /// libgit2 1.5 reads: the step fails with libgit2's error, it does not write a wrong index.
    @Test func aSplitIndexIsRefusedNotMisread() throws {
        let scratch = try Scratch()
        let (path, repository) = try repository(scratch)
        try scratch.git("update-index", "--split-index", in: path)
        #expect(GitIndexFile(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path + "/.git/index")))) == nil)
        try repository.commitFiles(["articles/a/index.md": "bài a, đã sửa\n"])
        #expect(throws: GitError.self) { try repository.syncWorkTree(paths: ["articles/a/index.md"], temporaryPrefix: ".kit-") }
        #expect(!FileManager.default.fileExists(atPath: path + "/.git/index.lock"))
    }

    @Test func aFileWhereAFolderWasIsLeftToLibgit2() throws {
        let scratch = try Scratch()
        let (path, _) = try repository(scratch)
        let index = try #require(GitIndexFile(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path + "/.git/index")))))
        #expect(index.hasDirectoryConflict(Array("articles/a".utf8)))
        #expect(index.hasDirectoryConflict(Array("articles/b.md/x".utf8)))
        #expect(!index.hasDirectoryConflict(Array("articles/ab".utf8)))
    }

    @Test func aHeldIndexLockIsReportedAndLeftAlone() throws {
        let scratch = try Scratch()
        let (path, repository) = try repository(scratch)
        try repository.commitFiles(["articles/a/index.md": "bài a, đã sửa\n"])
        try Data().write(to: URL(fileURLWithPath: path + "/.git/index.lock"))
        let error = #expect(throws: GitError.self) { try repository.syncWorkTree(paths: ["articles/a/index.md"], temporaryPrefix: ".kit-") }
        #expect(error?.code == .locked)
        #expect(FileManager.default.fileExists(atPath: path + "/.git/index.lock"))
        #expect(try String(contentsOfFile: path + "/articles/a/index.md", encoding: .utf8) == "bài a\n")
    }

    /// A damaged or hostile index is never trusted: each mutation makes it unreadable to the fast path.
    @Test(arguments: ["checksum", "truncated", "count", "name length", "version", "signature"])
    func damagedIndexesAreNotParsed(damage: String) throws {
        let scratch = try Scratch()
        let (path, _) = try repository(scratch)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path + "/.git/index")))
        #expect(GitIndexFile(bytes: bytes) != nil)
        switch damage {
        case "checksum": bytes[bytes.count - 1] ^= 0xFF
        case "truncated": bytes.removeLast(30)
        case "count": bytes[8] = 0x7F
        case "name length": bytes[12 + 60] |= 0x0F; bytes[12 + 61] = 0xFF
        case "version": bytes[7] = 9
        default: bytes[0] = 0x58
        }
        #expect(GitIndexFile(bytes: bytes) == nil)
    }
}
