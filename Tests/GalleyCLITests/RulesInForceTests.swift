import Foundation
import Testing

/// Issue 10: writers decide by the rules in force as verify holds them, so an
/// illegal change of people.yaml made with plain git never takes effect, and a
/// people.yaml broken by hand does not stop the newsroom.
@Suite("Writers judge by the rules in force")
struct RulesInForceTests {
    @Test func aSelfPromotionWithPlainGitGrantsNothing() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài tự phong")
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor)])
        // The reporter makes themself chief with plain git.
        try room.auditRewrite("people.yaml") {
            $0.replacingOccurrences(of: "- id: \(Newsroom.reporter)\n", with: "- id: \(Newsroom.reporter)\n")
                .replacingOccurrences(of: "roles: [reporter]", with: "roles: [reporter, chief]")
        }
        let promotion = try room.auditPlainCommit("Thêm quyền\n", asMember: Newsroom.reporter)
        let tip = try room.head()

        let refused = try room.galley(["approve", id], as: Newsroom.reporter)
        #expect(refused.status == 3, "the promotion must not be in force: \(refused)")
        #expect(refused.stderr.contains("may not approve"), "\(refused.stderr)")
        #expect(refused.stderr.contains(String(promotion.prefix(7))) && refused.stderr.contains("not in force"),
                "the refusal says which commit carries the illegal change: \(refused.stderr)")
        #expect(try room.head() == tip, "nothing written")
        // The real chief still approves.
        #expect(try room.galley(["approve", id], as: Newsroom.chief).status == 0)
    }

    @Test func aBrokenPeopleFileDoesNotStopTheNewsroom() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài vẫn chạy")
        try room.steps(id, [("submit", Newsroom.reporter)])
        try Data("people: [ - id: broken\n".utf8).write(to: room.workTreeURL("people.yaml"))
        let broken = try room.auditPlainCommit("Sửa tay people.yaml\n", asMember: Newsroom.admin)

        let list = try room.galley(["list"])
        #expect(list.status == 0, "\(list)")
        #expect(list.stdout.contains(id))
        #expect(list.stderr.contains(String(broken.prefix(7))), "list says which commit is not in force: \(list.stderr)")
        #expect(list.stderr.components(separatedBy: String(broken.prefix(7))).count == 2, "said once: \(list.stderr)")
        let vietnamese = try room.galley(["list"], environment: ["GALLEY_LANG": "vi"])
        #expect(vietnamese.stderr.contains("không có hiệu lực") && vietnamese.stderr.contains(String(broken.prefix(7))), "\(vietnamese.stderr)")
        let queue = try room.galley(["queue"], as: Newsroom.editor)
        #expect(queue.status == 0 && queue.stdout.contains(id), "\(queue)")
        let approve = try room.galley(["approve", id], as: Newsroom.editor)
        #expect(approve.status == 0, "a legal transition still works: \(approve)")

        // An admin repairs it with a normal Galley step; then nothing is said any more.
        let repair = try room.galley(["people", "add", "bandoc", "--name", "Bạn Đọc", "--email", "bandoc@example.vn", "--role", "auditor"],
                                     as: Newsroom.admin)
        #expect(repair.status == 0, "\(repair)")
        let after = try room.galley(["list"])
        #expect(after.status == 0 && !after.stderr.contains("not in force"), "\(after)")
        #expect(try room.gitOut(["show", "HEAD:people.yaml"]).contains("id: bandoc"))

        // verify names the broken commit, and only it.
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4)
        #expect(Set(verdict.violations.map(\.commit)) == [broken], "\(verdict.listing)")
    }
}
