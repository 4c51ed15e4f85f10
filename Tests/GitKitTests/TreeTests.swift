import Foundation
import GitKit
import Testing

/// Index-free tree edits and path lookups.
@Suite struct TreeTests {
    @Test func deepUpsertsAndRemovals() throws {
        let scratch = try Scratch()
        let path = scratch.path("r.git")
        let repository = try Repository.create(at: path, bare: true, initialBranch: "main")
        try repository.commitFiles(["a/b/c/d.md": "deep\n", "a/x.md": "x\n", "top.md": "top\n"])
        #expect(try scratch.git("ls-tree", "-r", "--name-only", "main", in: path)
                == "a/b/c/d.md\na/x.md\ntop.md")

        try repository.commitFiles(["a/b/c/d.md": nil, "a/b/e.md": "e\n", "top.md": "changed\n"])
        #expect(try scratch.git("ls-tree", "-r", "--name-only", "main", in: path) == "a/b/e.md\na/x.md\ntop.md")
        #expect(try scratch.git("show", "main:top.md", in: path) == "changed")

        // Removing the last file of a folder removes the folder (and its now-empty parents).
        try repository.commitFiles(["a/b/e.md": nil])
        #expect(try scratch.git("ls-tree", "-r", "-t", "--name-only", "main", in: path) == "a\na/x.md\ntop.md")
        #expect(try scratch.gitData(["fsck", "--strict"], in: path).status == 0)
    }

    @Test func lastChangeForAPathWins() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let one = try repository.writeBlob(Data("1".utf8))
        let two = try repository.writeBlob(Data("2".utf8))
        let tree = try repository.updatedTree(from: nil, applying: [.upsert(path: "f.md", blob: one),
                                                                    .upsert(path: "f.md", blob: two)])
        #expect(try repository.treeEntries(ofTree: tree).map(\.id) == [two])
    }

    @Test func removingAMissingPathThrows() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let head = try repository.commitFiles(["a.md": "a\n"])
        let base = try repository.commit(head).tree
        #expect(throws: GitError.self) {
            try repository.updatedTree(from: base, applying: [.remove(path: "nope/b.md")])
        }
    }

    @Test func lookupsOnMissingPathsAreEmptyNotErrors() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let head = try repository.commitFiles(["a/1.md": "one\n", "a/2.md": "two\n", "b.md": "b\n"])

        #expect(try repository.treeEntries(at: "nope", inCommit: head) == [])
        #expect(try repository.treeEntries(at: "b.md", inCommit: head) == [])
        #expect(try repository.treeEntry(at: "nope/x.md", inCommit: head) == nil)
        #expect(try repository.treeEntry(at: "b.md/x", inCommit: head) == nil)
        #expect(try repository.fileData(at: "nope.md", inCommit: head) == nil)
        #expect(try repository.fileData(at: "a", inCommit: head) == nil)
        #expect(throws: GitError.self) { try repository.treeEntry(at: "", inCommit: head) }

        let root = try repository.treeEntries(at: "", inCommit: head)
        #expect(root.map(\.name) == ["a", "b.md"])
        #expect(root.map(\.kind) == [.tree, .blob])
        #expect(root.map(\.mode) == [0o040000, 0o100644])
        let folder = try repository.treeEntries(at: "a", inCommit: head)
        #expect(folder.map(\.name) == ["1.md", "2.md"])
        let entry = try #require(try repository.treeEntry(at: "a/2.md", inCommit: head))
        #expect(entry.name == "2.md" && entry.kind == .blob)
        #expect(try repository.blobData(entry.id) == Data("two\n".utf8))
        #expect(try repository.treeEntries(ofTree: root[0].id) == folder)
    }

    @Test func emptyBlobRoundTrips() throws {
        let scratch = try Scratch()
        let path = scratch.path("r.git")
        let repository = try Repository.create(at: path, bare: true, initialBranch: "main")
        let blob = try repository.writeBlob(Data())
        #expect(blob.hex == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
        #expect(try repository.blobData(blob).isEmpty)
    }
}
