import Foundation
import Galley
import Testing

/// Issue 14, step 1: `people password ID --stdin` keeps a scrypt hash outside the history.
@Suite("Desk passwords")
struct PasswordTests {
    static let password = "mật khẩu đủ dài 2026"

    @Test func theHashLivesInTheGitDirAndInNoCommit() throws {
        let newsroom = try Newsroom()
        let commits = try newsroom.gitOut(["rev-list", "--all", "--count"])
        let set = try newsroom.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.admin, input: Self.password + "\n")
        #expect(set.status == 0, "\(set)")
        let file = newsroom.gitDir.appendingPathComponent("galley/passwords")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("\(Newsroom.reporter):scrypt$"), "\(text)")
        #expect(!text.contains(Self.password), "the hash is not the password")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
        // No commit was made, and no object of the repository holds the hash.
        let hash = try #require(text.split(separator: "$").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(try newsroom.gitOut(["rev-list", "--all", "--count"]) == commits)
        let pickaxe = try newsroom.git(["log", "--all", "-p", "-S", hash])
        #expect(pickaxe.status == 0 && pickaxe.stdout.isEmpty, "\(pickaxe)")
        let people = try newsroom.gitOut(["show", "HEAD:people.yaml"])
        #expect(!people.contains("scrypt") && !people.contains(hash))
        if !newsroom.bare {
            #expect(try newsroom.gitOut(["status", "--porcelain"]).isEmpty, "the work tree is untouched")
        }
    }

    @Test func setPasswordWritesNoCommit() throws {
        let newsroom = try Newsroom(bare: true)
        let before = try newsroom.head()
        let set = try newsroom.galleyWithInput(["people", "password", Newsroom.editor, "--stdin"], as: Newsroom.admin, input: Self.password)
        #expect(set.status == 0, "\(set)")
        #expect(try newsroom.head() == before)
        #expect(FileManager.default.fileExists(atPath: newsroom.gitDir.appendingPathComponent("galley/passwords").path))
    }

    @Test func theRightPasswordSignsInAndAWrongOneDoesNot() throws {
        let newsroom = try Newsroom()
        try #require(try newsroom.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.admin, input: Self.password).status == 0)
        let opened = try Galley.Newsroom.open(path: newsroom.repo.path, currentDirectory: newsroom.repo.path)
        #expect(try opened.checkPassword(id: Newsroom.reporter, password: Self.password)?.id == Newsroom.reporter)
        // Typed decomposed (as some keyboards send Vietnamese), it is the same password.
        #expect(try opened.checkPassword(id: Newsroom.reporter, password: Self.password.decomposedStringWithCanonicalMapping) != nil)
        #expect(try opened.checkPassword(id: Newsroom.reporter, password: Self.password + "x") == nil)
        #expect(try opened.checkPassword(id: Newsroom.reporter, password: "") == nil)
        #expect(try opened.checkPassword(id: Newsroom.editor, password: Self.password) == nil, "no password set: nobody signs in")
        #expect(try opened.checkPassword(id: "nobody", password: Self.password) == nil)
    }

    @Test func aDeactivatedPersonCannotSignIn() throws {
        let newsroom = try Newsroom()
        try #require(try newsroom.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.admin, input: Self.password).status == 0)
        try newsroom.ok(["people", "deactivate", Newsroom.reporter], as: Newsroom.admin)
        let opened = try Galley.Newsroom.open(path: newsroom.repo.path, currentDirectory: newsroom.repo.path)
        #expect(try opened.checkPassword(id: Newsroom.reporter, password: Self.password) == nil)
        let own = try newsroom.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.reporter, input: Self.password)
        #expect(own.status == 3, "a deactivated person changes no password: \(own)")
    }

    @Test func aPersonChangesTheirOwnButNobodyElses() throws {
        let newsroom = try Newsroom()
        let own = try newsroom.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.reporter, input: Self.password)
        #expect(own.status == 0, "\(own)")
        let other = try newsroom.galleyWithInput(["people", "password", Newsroom.editor, "--stdin"], as: Newsroom.reporter, input: Self.password)
        #expect(other.status == 3, "\(other)")
        #expect(other.stderr.contains(Newsroom.admin), "says who may: \(other.stderr)")
        let short = try newsroom.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.reporter, input: "ngắn\n")
        #expect(short.status == 3, "\(short)")
        let onTheLine = try newsroom.galley(["people", "password", Newsroom.reporter], as: Newsroom.reporter)
        #expect(onTheLine.status == 64, "--stdin is required: \(onTheLine)")
    }
}

extension Newsroom {
    /// Runs galley with `input` on its standard input (the password commands read it there).
    func galleyWithInput(_ arguments: [String], as person: String, input: String) throws -> RunResult {
        try runProgram(galleyURL, ["--as", person] + arguments, in: repo, environment: environment, input: Data(input.utf8),
                       scratch: scratch)
    }
}
