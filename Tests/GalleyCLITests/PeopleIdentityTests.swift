import Foundation
import Testing

/// A person's name and email become the signature of every step they take: one that no
/// git signature can hold is refused when it is entered, not at that person's first step.
@Suite("People: identities a commit signature can hold")
struct PeopleIdentityTests {
    @Test("people add with a hostile email: exit 3, no commit, one line naming the email")
    func hostileEmail() throws {
        let room = try Newsroom()
        let main = try room.gitOut(["rev-parse", "main"])
        let before = try room.snapshot()

        let result = try room.galley(["people", "add", "eve", "--name", "Eve", "--email", "e@x> <tbt@x", "--role", "reporter"],
                                     as: Newsroom.admin)

        #expect(result.status == 3, "\(result)")
        #expect(try room.gitOut(["rev-parse", "main"]) == main, "the refused people add wrote a commit")
        expectUnchanged(before, try room.snapshot(), "people add with a hostile email")
        #expect(result.stderrLines.count == 1 && result.stderr.hasPrefix("galley: "), "\(result)")
        #expect(result.stderr.contains("e@x> <tbt@x") && result.stderr.contains("not an email address"), "\(result)")
        let people = try jsonArray(try room.ok(["people", "list", "--format", "json"]))
        #expect(!people.contains { string($0, "id") == "eve" })
    }

    @Test("people add with a name holding an address: exit 3, no commit")
    func nameWithAnAddress() throws {
        let room = try Newsroom()
        let main = try room.gitOut(["rev-parse", "main"])
        let result = try room.galley(["people", "add", "eve", "--name", "Eve <tbt@example.vn>", "--email", "eve@example.vn",
                                      "--role", "reporter"], as: Newsroom.admin)
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("name"), "\(result)")
        #expect(try room.gitOut(["rev-parse", "main"]) == main)
    }

    @Test("init with a hostile admin email: exit 3, no repository")
    func hostileAdminEmail() throws {
        let room = try Newsroom(staff: [])
        let target = room.scratch.appendingPathComponent("toa-soan")
        let result = try room.galley(["init", target.path, "--admin", "qt", "--admin-name", "Quản Trị",
                                      "--admin-email", "qt@x> <tbt@x"], in: room.scratch)
        #expect(result.status == 3, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent(".git").path), "init wrote a repository")
    }

    /// The accepted person can then take steps: their signature builds.
    @Test("a plausible identity is accepted and its steps are signed with it")
    func plausibleIdentity() throws {
        let room = try Newsroom()
        try room.ok(["people", "add", "ai", "--name", "Nguyễn Văn Ái", "--email", "ai+tin@sub.example.vn", "--role", "reporter"],
                    as: Newsroom.admin)
        _ = try room.newArticle("Bài của Ái", as: "ai")
        #expect(try room.gitOut(["log", "-1", "--format=%an <%ae>"]) == "Nguyễn Văn Ái <ai+tin@sub.example.vn>")
    }
}
