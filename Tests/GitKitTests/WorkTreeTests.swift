import Foundation
import GitKit
import Testing

/// Keeping a reporter's work tree and index in line with commits written through GitKit.
@Suite struct WorkTreeTests {
    @Test func syncWorkTreeAfterUpsertAndRemoval() throws {
        let scratch = try Scratch()
        let path = try scratch.cliRepository(commits: 1)
        let repository = try Repository.open(at: path)

        try repository.commitFiles(["articles/2019/new.md": "mới\n", "file1.md": "rewritten\n"])
        #expect(try scratch.git("status", "--porcelain", in: path) != "")
        try repository.syncWorkTree(paths: ["articles/2019/new.md", "file1.md"], temporaryPrefix: ".kit-")
        #expect(try scratch.git("status", "--porcelain", in: path) == "")
        #expect(try String(contentsOfFile: path + "/articles/2019/new.md", encoding: .utf8) == "mới\n")
        #expect(try String(contentsOfFile: path + "/file1.md", encoding: .utf8) == "rewritten\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: path + "/articles/2019")
        #expect(leftovers == ["new.md"])

        try repository.commitFiles(["articles/2019/new.md": nil])
        #expect(try scratch.git("status", "--porcelain", in: path) != "")
        try repository.syncWorkTree(paths: ["articles/2019/new.md"], temporaryPrefix: ".kit-")
        #expect(try scratch.git("status", "--porcelain", in: path) == "")
        #expect(!FileManager.default.fileExists(atPath: path + "/articles"))
        #expect(FileManager.default.fileExists(atPath: path + "/file1.md"))
    }

    @Test func syncLeavesOtherPathsAlone() throws {
        let scratch = try Scratch()
        let path = try scratch.cliRepository(commits: 2)
        let repository = try Repository.open(at: path)
        try "local edit\n".write(toFile: path + "/file2.md", atomically: true, encoding: .utf8)
        try repository.commitFiles(["file1.md": "from galley\n"])
        try repository.syncWorkTree(paths: ["file1.md"], temporaryPrefix: ".kit-")
        #expect(try scratch.git("status", "--porcelain", in: path) == " M file2.md")
    }

    @Test func statusOfPaths() throws {
        let scratch = try Scratch()
        let path = try scratch.cliRepository(commits: 2)
        let repository = try Repository.open(at: path)
        try "hand edit\n".write(toFile: path + "/file1.md", atomically: false, encoding: .utf8)
        #expect(try repository.status(ofPath: "file1.md").contains(.workTreeModified))
        #expect(try repository.status(ofPath: "file2.md").isClean)
        #expect(try repository.status(ofPath: "never-existed.md").isClean)
        try "new\n".write(toFile: path + "/untracked.md", atomically: false, encoding: .utf8)
        #expect(try repository.status(ofPath: "untracked.md") == .workTreeNew)

        let bare = try Repository.create(at: scratch.path("b.git"), bare: true, initialBranch: "main")
        let error = #expect(throws: GitError.self) { try bare.status(ofPath: "x.md") }
        #expect(error?.code == .bareRepository)
    }

    @Test func checkoutHeadLaysOutTheWorkTree() throws {
        let scratch = try Scratch()
        let path = scratch.path("fresh")
        let repository = try Repository.create(at: path, bare: false, initialBranch: "main")
        try repository.commitFiles(["README.md": "hello\n", "people/a.yaml": "name: A\n"])
        try repository.checkoutHead()
        #expect(try String(contentsOfFile: path + "/people/a.yaml", encoding: .utf8) == "name: A\n")
        #expect(try scratch.git("status", "--porcelain", in: path) == "")

        let bare = try Repository.create(at: scratch.path("b.git"), bare: true, initialBranch: "main")
        try bare.checkoutHead()
        #expect(bare.workTree == nil)
    }
}
