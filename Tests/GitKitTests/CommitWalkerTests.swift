import Foundation
import GitKit
import Testing

/// History walks against `git rev-list`.
@Suite struct CommitWalkerTests {
    private func all(_ walker: CommitWalker) throws -> [String] {
        var ids: [String] = []
        while let id = try walker.next() { ids.append(id.hex) }
        return ids
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    @Test func linearHistoryNewestFirstAndHiding() throws {
        let scratch = try Scratch()
        let path = try scratch.cliRepository(commits: 4)
        let repository = try Repository.open(at: path)
        let head = try repository.resolveCommit("HEAD")
        let expected = lines(try scratch.git("rev-list", "HEAD", in: path))
        #expect(expected.count == 4)
        #expect(try all(repository.commitWalker(from: head)) == expected)
        let hidden = try repository.resolveCommit("HEAD~2")
        #expect(try all(repository.commitWalker(from: head, hiding: [hidden])) == Array(expected.prefix(2)))
    }

    @Test func firstParentOnlyOnAMerge() throws {
        let scratch = try Scratch()
        let path = try scratch.cliRepository(commits: 2)
        try scratch.git("checkout", "-q", "-b", "side", "HEAD~1", in: path)
        try "side\n".write(toFile: path + "/side.md", atomically: true, encoding: .utf8)
        try scratch.git("add", ".", in: path)
        try scratch.git("commit", "-q", "-m", "side work", in: path)
        try scratch.git("checkout", "-q", "main", in: path)
        try scratch.git("merge", "-q", "--no-ff", "-m", "merge side", "side", in: path)

        let repository = try Repository.open(at: path)
        let head = try repository.resolveCommit("HEAD")
        let firstParent = lines(try scratch.git("rev-list", "--first-parent", "HEAD", in: path))
        #expect(firstParent.count == 3)
        #expect(try all(repository.commitWalker(from: head, firstParentOnly: true)) == firstParent)

        let everything = try all(repository.commitWalker(from: head))
        #expect(everything.count == 4)
        #expect(everything.first == head.hex)
        #expect(Set(everything) == Set(lines(try scratch.git("rev-list", "HEAD", in: path))))
        // Topological: every commit comes before its parents.
        for (index, id) in everything.enumerated() {
            let parents = try repository.commit(try #require(ObjectID(hex: id))).parents.map(\.hex)
            for parent in parents {
                #expect((everything.firstIndex(of: parent) ?? -1) > index)
            }
        }
        let side = try repository.resolveCommit("side")
        #expect(try all(repository.commitWalker(from: head, hiding: [side])).count == 2)
    }

    /// `linearChain` lists a single chain oldest first, exactly as `git rev-list --reverse`, and
    /// answers nil (walk instead) for a merge, or a stop that is not on the chain.
    @Test func linearChainMatchesRevListOrRefuses() throws {
        let scratch = try Scratch()
        let path = try scratch.cliRepository(commits: 5)
        let repository = try Repository.open(at: path)
        let head = try repository.resolveCommit("HEAD")
        let stop = try repository.resolveCommit("HEAD~3")
        #expect(try repository.linearChain(from: head, to: nil)?.map(\.hex) == lines(try scratch.git("rev-list", "--reverse", "HEAD", in: path)))
        #expect(try repository.linearChain(from: head, to: stop)?.map(\.hex)
                == lines(try scratch.git("rev-list", "--reverse", "HEAD~3..HEAD", in: path)))
        #expect(try repository.linearChain(from: head, to: head) == [])
        // HEAD is not an ancestor of HEAD~3: the chain reaches the root without meeting it.
        #expect(try repository.linearChain(from: stop, to: head) == nil)

        try scratch.git("checkout", "-q", "-b", "side", "HEAD~1", in: path)
        try "side\n".write(toFile: path + "/side.md", atomically: true, encoding: .utf8)
        try scratch.git("add", ".", in: path)
        try scratch.git("commit", "-q", "-m", "side work", in: path)
        try scratch.git("checkout", "-q", "main", in: path)
        try scratch.git("merge", "-q", "--no-ff", "-m", "merge side", "side", in: path)
        let merged = try repository.resolveCommit("HEAD")
        #expect(try repository.linearChain(from: merged, to: nil) == nil)
        #expect(try repository.linearChain(from: merged, to: head) == nil)
    }
}
