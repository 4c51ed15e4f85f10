import Foundation
@testable import GitKit
import Testing

/// Tree-to-tree changes, optionally limited to prefixes.
@Suite struct DiffTests {
    @Test func addedModifiedDeletedWithPrefixes() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let first = try repository.commitFiles(["a/1.md": "1\n", "a/2.md": "2\n", "b/3.md": "3\n", "ab.md": "x\n"])
        let second = try repository.commitFiles(["a/1.md": "1 changed\n", "a/2.md": nil, "a/4.md": "4\n",
                                                 "b/3.md": "3 changed\n", "ab.md": "y\n"])
        let oldTree = try repository.commit(first).tree
        let newTree = try repository.commit(second).tree
        let blob = { (path: String, commit: ObjectID) throws -> ObjectID? in
            try repository.treeEntry(at: path, inCommit: commit)?.id
        }

        let all = try repository.changes(from: oldTree, to: newTree)
        #expect(all.map(\.path) == ["a/1.md", "a/2.md", "a/4.md", "ab.md", "b/3.md"])
        #expect(all.map(\.status) == [.modified, .deleted, .added, .modified, .modified])
        #expect(all[0] == PathChange(status: .modified, path: "a/1.md", oldBlob: try blob("a/1.md", first),
                                     newBlob: try blob("a/1.md", second)))
        let deletedBlob = try blob("a/2.md", first)
        let addedBlob = try blob("a/4.md", second)
        #expect(all[1].oldBlob == deletedBlob && all[1].newBlob == nil)
        #expect(all[2].oldBlob == nil && all[2].newBlob == addedBlob)

        // "a" is a folder prefix: it must not pick up "ab.md".
        #expect(try repository.changes(from: oldTree, to: newTree, under: ["a"]).map(\.path)
                == ["a/1.md", "a/2.md", "a/4.md"])
        #expect(try repository.changes(from: oldTree, to: newTree, under: ["b/3.md", "ab.md"]).map(\.path)
                == ["ab.md", "b/3.md"])
        #expect(try repository.changes(from: oldTree, to: newTree, under: ["zzz"]).isEmpty)

        let fromNothing = try repository.changes(from: nil, to: oldTree)
        #expect(fromNothing.allSatisfy { $0.status == .added })
        #expect(fromNothing.count == 4)
        let toNothing = try repository.changes(from: newTree, to: nil, under: ["b"])
        #expect(toNothing.map(\.status) == [.deleted])
    }

    /// Reusing the previous comparison's trees must never change an answer, in replay
    /// order or out of it (a commit compared against an unrelated one).
    @Test func treeComparisonAgreesWithPlainChanges() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        var commits = [try repository.commitFiles(["a/x/1.md": "1\n", "a/y/2.md": "2\n", "b.md": "b\n"])]
        commits.append(try repository.commitFiles(["a/x/1.md": "1 changed\n"]))
        commits.append(try repository.commitFiles(["a/y/3.md": "3\n", "b.md": nil]))
        commits.append(try repository.commitFiles(["a/x/1.md": "1 again\n", "c/4.md": "4\n"]))
        commits.append(try repository.commitFiles(["a/x": nil]))
        let trees = try commits.map { try repository.commit($0).tree }
        let comparison = TreeComparison(repository: repository)
        var pairs: [(ObjectID?, ObjectID?)] = [(nil, trees[0])]
        for index in 1..<trees.count { pairs.append((trees[index - 1], trees[index])) }
        pairs += [(trees[4], trees[0]), (trees[0], trees[3]), (trees[2], nil)]
        for (old, new) in pairs {
            let plain = try repository.changes(from: old, to: new)
            #expect(!plain.isEmpty)
            #expect(try comparison.changes(from: old, to: new) == plain)
            #expect(try comparison.changes(from: old, to: new, under: ["a/x"]) == plain.filter { $0.path.hasPrefix("a/x/") })
        }
    }

    /// Trees kept for many comparisons (and swept as they age) give the same answers as none
    /// kept, also when a folder returns to an id it had many commits ago, and when a comparison
    /// holds more trees than the bound.
    @Test(arguments: [1, 2, 3, 256])
    func keptTreesNeverChangeAnAnswer(generations: Int) throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        var commits = [try repository.commitFiles(["a/x/1.md": "1\n", "a/y/2.md": "2\n", "b/z/3.md": "3\n"])]
        for round in 0..<12 {
            // a/x alternates between two contents: its tree id comes back every other commit.
            commits.append(try repository.commitFiles(["a/x/1.md": round % 2 == 0 ? "1 changed\n" : "1\n", "b/z/\(round).md": "\(round)\n"]))
        }
        commits.append(try repository.commitFiles(["a/y/2.md": nil, "c/4.md": "4\n"]))
        let trees = try commits.map { try repository.commit($0).tree }
        let comparison = TreeComparison(repository: repository, keepingTreesOf: generations)
        var previous: ObjectID?
        for tree in trees + [trees[3], trees[0], trees[12]] {
            let plain = try repository.changes(from: previous, to: tree)
            #expect(!plain.isEmpty)
            #expect(try comparison.changes(from: previous, to: tree) == plain)
            previous = tree
        }
        let bounded = TreeSource(repository: repository, generations: generations, limit: 2)
        for (old, new) in zip(trees, trees.dropFirst()) {
            #expect(try repository.changes(from: old, to: new, under: [], trees: bounded) == repository.changes(from: old, to: new))
            bounded.rotate()
        }
    }
}
