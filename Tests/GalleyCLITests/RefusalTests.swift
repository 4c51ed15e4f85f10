import Foundation
import Testing

/// Refused and failed commands: the contract's exit code, one line on stderr that
/// says who may do it, and nothing written (HEAD, refs, .git/index bytes, work tree).
@Suite("Refusals write nothing")
struct RefusalTests {
    /// Holds an editor and a chief role at once.
    static let doubleHat = StaffMember(id: "kiemnhiem", name: "Lê Kiêm Nhiệm", email: "kiem@example.vn", roles: ["editor", "chief"])
    /// A reporter who is also editor-in-chief, so can author and (otherwise) approve.
    static let reporterChief = StaffMember(id: "phochief", name: "Phó Tổng", email: "pho@example.vn", roles: ["reporter", "chief"])

    enum Case: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case wrongRole
        case authorApprovesAsChief
        case samePersonBothApprovals
        case rejectWithoutNote
        case retractWithoutNote
        case editApprovedArticle
        case unknownArticle
        case unknownPerson
        case deactivatedPerson
        case publishByAuthorChief
        case submitByNonAuthor
        case approvePublished
        case reporterAddsPeople

        var testDescription: String { rawValue }

        var expectedStatus: Int32 {
            switch self {
            case .unknownArticle, .unknownPerson: 1
            default: 3
            }
        }

        /// A word the one-line refusal must contain: who may do it instead.
        var mustMention: [String] {
            switch self {
            case .wrongRole: ["editor"]
            case .authorApprovesAsChief: ["chief", "author"]
            case .samePersonBothApprovals: ["chief"]
            case .editApprovedArticle: ["approved"]
            case .unknownArticle: ["khong-co-bai-nay"]
            case .unknownPerson: ["nobody"]
            case .deactivatedPerson: ["deactivated"]
            case .publishByAuthorChief: ["chief", "author"]
            case .submitByNonAuthor: ["author"]
            case .approvePublished: ["published"]
            case .reporterAddsPeople: ["admin"]
            // The workflow's own refusal (Permission), not the argument parser's usage text.
            case .rejectWithoutNote: ["reject needs a note saying why: add -m \"…\""]
            case .retractWithoutNote: ["retract needs a note saying why: add -m \"…\""]
            }
        }
    }

    /// Builds the situation and returns the command that must be refused.
    static func arrange(_ c: Case, _ room: Newsroom) throws -> (arguments: [String], person: String) {
        let r = Newsroom.reporter, e = Newsroom.editor, chief = Newsroom.chief
        switch c {
        case .wrongRole:
            let id = try room.newArticle("Bài sai vai trò")
            try room.steps(id, [("submit", r)])
            return (["approve", id], r)
        case .authorApprovesAsChief:
            let id = try room.newArticle("Bài của phó tổng", as: reporterChief.id)
            try room.steps(id, [("submit", reporterChief.id), ("approve", e)])
            #expect(try room.state(id) == "edited")
            return (["approve", id], reporterChief.id)
        case .samePersonBothApprovals:
            let id = try room.newArticle("Bài duyệt hai lần")
            try room.steps(id, [("submit", r), ("approve", doubleHat.id)])
            #expect(try room.state(id) == "edited")
            return (["approve", id], doubleHat.id)
        case .rejectWithoutNote:
            let id = try room.newArticle("Bài trả lại")
            try room.steps(id, [("submit", r)])
            return (["reject", id], e)
        case .retractWithoutNote:
            let id = try room.newArticle("Bài gỡ")
            try room.steps(id, [("submit", r), ("approve", e), ("approve", chief), ("publish", chief)])
            return (["retract", id], chief)
        case .editApprovedArticle:
            let id = try room.newArticle("Bài đã duyệt")
            try room.steps(id, [("submit", r), ("approve", e), ("approve", chief)])
            #expect(try room.state(id) == "approved")
            let body = try room.writeScratch("sua.md", "Biên tập viên sửa sau khi duyệt.\n")
            return (["save", id, "--body-file", body], e)
        case .unknownArticle:
            _ = try room.newArticle("Bài có thật")
            return (["approve", "khong-co-bai-nay"], e)
        case .unknownPerson:
            let id = try room.newArticle("Bài người lạ")
            try room.steps(id, [("submit", r)])
            return (["approve", id], "nobody")
        case .deactivatedPerson:
            let id = try room.newArticle("Bài người nghỉ")
            try room.steps(id, [("submit", r)])
            try room.ok(["people", "deactivate", e], as: Newsroom.admin)
            return (["approve", id], e)
        case .publishByAuthorChief:
            let id = try room.newArticle("Bài phó tổng tự xuất bản", as: reporterChief.id)
            try room.steps(id, [("submit", reporterChief.id), ("approve", e), ("approve", chief)])
            #expect(try room.state(id) == "approved")
            return (["publish", id], reporterChief.id)
        case .submitByNonAuthor:
            let id = try room.newArticle("Bài người khác nộp")
            return (["submit", id], e)
        case .approvePublished:
            let id = try room.newArticle("Bài đã đăng")
            try room.steps(id, [("submit", r), ("approve", e), ("approve", chief), ("publish", chief)])
            return (["approve", id], chief)
        case .reporterAddsPeople:
            return (["people", "add", "moi", "--name", "Người Mới", "--email", "moi@example.vn", "--role", "chief"], r)
        }
    }

    @Test("refused with its exit code, one line on stderr, nothing written", arguments: Case.allCases)
    func refusal(_ c: Case) throws {
        let room = try Newsroom(staff: Newsroom.standardStaff + [Self.doubleHat, Self.reporterChief])
        let (arguments, person) = try Self.arrange(c, room)
        // A hand edit elsewhere in the work tree (an untracked note) must survive too.
        try Data("ghi chú riêng\n".utf8).write(to: room.repo.appendingPathComponent("ghi-chu.txt"))

        let before = try room.snapshot()
        let result = try room.galley(arguments, as: person)
        let after = try room.snapshot()

        #expect(result.status == c.expectedStatus, "\(c): \(result)")
        expectUnchanged(before, after, "\(c)")
        #expect(result.stdout.isEmpty, "\(c): a refusal prints nothing on stdout: \(result.stdout)")

        #expect(result.stderrLines.count == 1, "\(c): stderr is not one line: \(result.stderr)")
        #expect(result.stderr.hasPrefix("galley: "), "\(c): \(result.stderr)")
        for word in c.mustMention {
            #expect(result.stderr.contains(word), "\(c): stderr does not mention \(word): \(result.stderr)")
        }
    }

    /// The refused approvals can still be given by the right people afterwards:
    /// the refusal did not burn the round.
    @Test("after refusals the rightful people can still approve and publish")
    func rightfulAfterRefusal() throws {
        let room = try Newsroom(staff: Newsroom.standardStaff + [Self.doubleHat])
        let id = try room.newArticle("Bài sau khi bị từ chối")
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Self.doubleHat.id)])
        #expect(try room.galley(["approve", id], as: Self.doubleHat.id).status == 3)
        #expect(try room.galley(["approve", id], as: Newsroom.reporter).status == 3)
        try room.steps(id, [("approve", Newsroom.chief), ("publish", Self.doubleHat.id)])
        #expect(try room.state(id) == "published")
    }
}
