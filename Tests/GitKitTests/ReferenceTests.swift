import Foundation
import GitKit
import Testing

/// Compare-and-swap semantics of `updateReference`, and reading references and revision specs.
@Suite struct ReferenceTests {
    @Test func staleExpectationThrowsModifiedAndLeavesTheRef() throws {
        let scratch = try Scratch()
        let path = scratch.path("r.git")
        let repository = try Repository.create(at: path, bare: true, initialBranch: "main")
        let first = try repository.commitFiles(["a.md": "1\n"])
        let second = try repository.commitFiles(["a.md": "2\n"])
        let tree = try repository.commit(second).tree
        let third = try repository.createCommit(tree: tree, parents: [second], author: fixedSignature,
                                                committer: fixedSignature, message: "third\n")
        #expect(throws: GitError.self) {
            try repository.updateReference("refs/heads/main", to: third, expecting: first, logMessage: "stale")
        }
        do {
            try repository.updateReference("refs/heads/main", to: third, expecting: first, logMessage: "stale")
            Issue.record("a stale compare-and-swap succeeded")
        } catch GitError.Code.modified {
            // expected
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(try scratch.git("rev-parse", "main", in: path) == second.hex)
        try repository.updateReference("refs/heads/main", to: third, expecting: second, logMessage: "fresh")
        #expect(try repository.referenceTarget("refs/heads/main") == third)
    }

    @Test func expectingAbsenceOnAnExistingRefThrowsExists() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let first = try repository.commitFiles(["a.md": "1\n"])
        let error = #expect(throws: GitError.self) {
            try repository.updateReference("refs/heads/main", to: first, expecting: nil, logMessage: "again")
        }
        #expect(error?.code == .exists)
        #expect(error?.operation == "git_reference_create")
    }

    @Test func heldRefLockThrowsLocked() throws {
        let scratch = try Scratch()
        let path = scratch.path("r.git")
        let repository = try Repository.create(at: path, bare: true, initialBranch: "main")
        let first = try repository.commitFiles(["a.md": "1\n"])
        let second = try repository.commitFiles(["a.md": "2\n"])
        try Data().write(to: URL(fileURLWithPath: path + "/refs/heads/main.lock"))
        let error = #expect(throws: GitError.self) {
            try repository.updateReference("refs/heads/main", to: first, expecting: second, logMessage: "x")
        }
        #expect(error?.code == .locked)
        #expect(try repository.referenceTarget("refs/heads/main") == second)
    }

    @Test func resolveCommitMatchesGit() throws {
        let scratch = try Scratch()
        let path = try scratch.cliRepository(commits: 3)
        let repository = try Repository.open(at: path)
        for spec in ["HEAD", "HEAD~1", "main~2", "main"] {
            #expect(try repository.resolveCommit(spec).hex == scratch.git("rev-parse", spec, in: path))
        }
        let short = try scratch.git("rev-parse", "--short", "HEAD~1", in: path)
        #expect(try repository.resolveCommit(short).hex == scratch.git("rev-parse", "HEAD~1", in: path))
        let error = #expect(throws: GitError.self) { try repository.resolveCommit("no-such-revision") }
        #expect(error?.code == .notFound)
    }

    @Test func referenceTargetFollowsHeadAndReportsMissingAsNil() throws {
        let scratch = try Scratch()
        let path = try scratch.cliRepository(commits: 2)
        let repository = try Repository.open(at: path)
        let head = try scratch.git("rev-parse", "HEAD", in: path)
        #expect(try repository.referenceTarget("HEAD")?.hex == head)
        #expect(try repository.referenceTarget("refs/heads/main")?.hex == head)
        #expect(try repository.referenceTarget("refs/heads/nope") == nil)
        #expect(try repository.headReferenceName() == "refs/heads/main")
        try scratch.git("checkout", "-q", "--detach", "HEAD~1", in: path)
        #expect(try repository.headReferenceName() == nil)
    }

    @Test func unbornBranch() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("new"), bare: false, initialBranch: "drafts")
        #expect(try repository.headReferenceName() == "refs/heads/drafts")
        #expect(try repository.referenceTarget("HEAD") == nil)
        #expect(try repository.referenceTarget("refs/heads/drafts") == nil)
    }
}

extension ReferenceTests {
    @Test func expectingATipOnAMissingRefThrowsModified() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let first = try repository.commitFiles(["a.md": "1\n"])
        let error = #expect(throws: GitError.self) {
            try repository.updateReference("refs/heads/other", to: first, expecting: first, logMessage: "x")
        }
        #expect(error?.code == .modified)
        #expect(try repository.referenceTarget("refs/heads/other") == nil)
    }
}
