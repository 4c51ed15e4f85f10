import Foundation
import GitKit
import Testing

/// open / discover / create and the paths they report.
@Suite struct RepositoryOpeningTests {
    @Test func discoverFromNestedSubdirectory() throws {
        let scratch = try Scratch()
        let path = try scratch.cliRepository(commits: 1)
        let nested = path + "/a/b/c"
        try FileManager.default.createDirectory(atPath: nested, withIntermediateDirectories: true)
        let repository = try Repository.discover(startingAt: nested)
        #expect(repository.workTree == path)
        #expect(repository.gitDirectory == path + "/.git")
        #expect(!repository.isBare)
        // open does not search upwards
        #expect(throws: GitError.self) { try Repository.open(at: nested) }
    }

    @Test func openBareRepository() throws {
        let scratch = try Scratch()
        let path = scratch.path("central.git")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try scratch.git("init", "-q", "--bare", "-b", "main", in: path)
        let repository = try Repository.open(at: path)
        #expect(repository.isBare)
        #expect(repository.workTree == nil)
        #expect(repository.gitDirectory == path)
        #expect(try repository.headReferenceName() == "refs/heads/main")
    }

    @Test(arguments: [true, false])
    func createMakesMissingParentsAndSetsHead(bare: Bool) throws {
        let scratch = try Scratch()
        let path = scratch.path("deep/er/repo")
        let repository = try Repository.create(at: path, bare: bare, initialBranch: "main")
        #expect(repository.isBare == bare)
        #expect(repository.gitDirectory == (bare ? path : path + "/.git"))
        #expect(try scratch.git("symbolic-ref", "HEAD", in: path) == "refs/heads/main")
    }

    @Test func openMissingPathFails() throws {
        let scratch = try Scratch()
        let error = #expect(throws: GitError.self) { try Repository.open(at: scratch.path("missing")) }
        #expect(error?.code == .notFound)
    }
}
