import Foundation
import Testing

/// Issue 3: honest histories verify with no violation — a generated one of
/// hundreds of mixed transitions, and one made step by step through the CLI.
@Suite("verify accepts clean histories")
struct AuditVerifyCleanHistoryTests {
    @Test("a generated history of hundreds of mixed transitions verifies clean", arguments: [7, 2019])
    func generatedHistory(seed: Int) throws {
        let room = try AuditGeneratedNewsroom(articles: 100, commits: 700, seed: seed)
        let count = try #require(Int(try room.gitOut(["rev-list", "--count", "main"])))
        #expect(count >= 300, "galley-history wrote only \(count) commits")

        // The history is mixed: every standard transition appears.
        let transitions = Set(try room.auditGitLog().compactMap { $0.trailer("Galley-Transition") })
        for name in ["create", "submit", "approve", "reject", "publish", "revise"] {
            #expect(transitions.contains(name), "the generated history has no \(name) step: \(transitions.sorted())")
        }

        let result = try room.galley(["verify", "--format", "json"])
        #expect(result.status == 0, "\(result.stdout.prefix(3000))")
        let verdict = try jsonObject(result)
        #expect(verdict["ok"] as? Bool == true)
        #expect((verdict["commits"] as? NSNumber)?.intValue == count)
        #expect((verdict["violations"] as? [Any])?.isEmpty == true, "\(result.stdout.prefix(3000))")

        let text = try room.galley(["verify"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("ok: \(count) commits"), "\(text.stdout)")

        // --since a commit in the middle checks exactly the commits after it.
        let middle = try room.gitOut(["rev-parse", "main~100"])
        let since = try jsonObject(try room.galley(["verify", "--since", middle, "--format", "json"]))
        #expect(since["ok"] as? Bool == true)
        #expect((since["commits"] as? NSNumber)?.intValue == 100)
    }

    @Test("a history made through the CLI with every standard transition verifies clean")
    func cliHistory() throws {
        let room = try Newsroom()
        let reporter = Newsroom.reporter
        let editor = Newsroom.editor
        let chief = Newsroom.chief
        try room.addPerson(StaffMember(id: "phongvien2", name: "Phóng Viên Hai", email: "pv2@example.vn", roles: ["reporter"]))
        try room.ok(["people", "set", "phongvien2", "--role", "reporter", "--role", "editor"], as: Newsroom.admin)

        func bodyFile(_ text: String) throws -> String { try room.writeScratch("b-\(UUID().uuidString).md", text) }

        // A: the long road — edits, a rejection, a second round, publication, a correction, a retraction.
        let a = try room.newArticle("Kiểm tra công tác dân vận ở Thái Bình", as: reporter, body: "Đoạn một.\n\nĐoạn hai.\n")
        try room.ok(["save", a, "--body-file", try bodyFile("Đoạn một, sửa.\n\nĐoạn hai.\n")], as: reporter)
        try room.steps(a, [("submit", reporter)])
        try room.ok(["save", a, "--body-file", try bodyFile("Đoạn một, biên tập.\n\nĐoạn hai.\n")], as: editor)
        try room.steps(a, [("approve", editor), ("reject", chief)])
        try room.ok(["save", a, "--body-file", try bodyFile("Đoạn một, viết lại.\n\nĐoạn hai.\n")], as: reporter)
        try room.steps(a, [("submit", reporter), ("approve", editor)])
        try room.ok(["save", a, "--body-file", try bodyFile("Đoạn một, viết lại gọn.\n\nĐoạn hai.\n")], as: chief)
        try room.steps(a, [("approve", chief), ("publish", chief)])
        try room.ok(["correct", a, "-m", "Sửa tên người, theo phản ánh", "--body-file", try bodyFile("Đoạn một, đã đính chính.\n\nĐoạn hai.\n")], as: chief)
        try room.steps(a, [("retract", chief)])

        // B: spiked by its author. C: spiked by an editor after a rejection.
        let b = try room.newArticle("Bài bỏ", as: reporter)
        try room.steps(b, [("spike", reporter)])
        let c = try room.newArticle("Bài bị hủy sau khi trả lại", as: "phongvien2")
        try room.steps(c, [("submit", "phongvien2"), ("reject", editor), ("spike", editor)])

        // D: written by an editor, approved by the other editor and the chief, published.
        let d = try room.newArticle("Bài của biên tập viên", as: editor)
        try room.steps(d, [("submit", editor), ("approve", "phongvien2"), ("approve", chief), ("publish", chief)])
        #expect(try room.state(a) == "retracted")
        #expect(try room.state(b) == "spiked")
        #expect(try room.state(c) == "spiked")
        #expect(try room.state(d) == "published")

        let count = try #require(Int(try room.gitOut(["rev-list", "--count", "main"])))
        let verdict = try room.auditVerify()
        #expect(verdict.status == 0, "\(verdict.result)")
        #expect(verdict.ok == true)
        #expect(verdict.commits == count)
        #expect(verdict.violations.isEmpty, "\(verdict.listing)")

        let since = try room.auditVerify(since: "HEAD~3")
        #expect(since.status == 0 && since.ok == true && since.commits == 3, "\(since.result)")
    }
}
