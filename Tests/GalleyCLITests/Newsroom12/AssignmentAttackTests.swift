import Foundation
import Testing

/// Issue 12, attacked with plain git: an assignment or a comment written by hand is judged by
/// `verify` and the central hook exactly as `galley assign` and `galley comment` are — the same
/// step semantics. Each attack must be reported on its commit and refused by the hook.
@Suite("Assignments and comments under attack")
struct AssignmentAttackTests {
    enum Attack: String, CaseIterable, Sendable {
        case assigneeInARevision, assignUnknownPerson, assignByTheReporter, assignSomeoneWithoutTheStep
        case commentThatEditsTheBody, commentByAStranger, commentWithoutANote
    }

    @Test("a dishonest assignment or comment is named by verify and refused by the central hook", arguments: Attack.allCases)
    func attack(_ attack: Attack) throws {
        let scene = try AttackScene(signed: false)
        let (reporter, editor, chief) = (AttackScene.reporter, AttackScene.editor, AttackScene.chief)
        let date = AttackTableTests.commitDate()
        let expected: (rule: String, article: String)
        switch attack {
        case .assigneeInARevision:
            // A revision of the draft that slips in an assignee: the field is the workflow's.
            try scene.rewrite(try scene.path(scene.draft)) {
                AttackTableTests.addingAfterUpdated(AttackTableTests.replacingUpdated($0, date), "assignee: hangoc")
                    .replacingOccurrences(of: "có số liệu", with: "có số liệu mới")
            }
            try scene.commit(attackMessage("revise", article: scene.draft, from: "draft", to: "draft", actor: reporter, role: "author"), as: reporter, date: date)
            expected = ("protected-field", scene.draft)
        case .assignUnknownPerson:
            try scene.rewrite(try scene.path(scene.submitted)) {
                AttackTableTests.addingAfterUpdated(AttackTableTests.replacingUpdated($0, date), "assignee: khongai")
            }
            try scene.commit(attackMessage("assign", article: scene.submitted, from: "submitted", to: "submitted", actor: chief, role: "chief"), as: chief, date: date)
            expected = ("bad-assignee", scene.submitted)
        case .assignByTheReporter:
            try scene.rewrite(try scene.path(scene.submitted)) {
                AttackTableTests.addingAfterUpdated(AttackTableTests.replacingUpdated($0, date), "assignee: hangoc")
            }
            try scene.commit(attackMessage("assign", article: scene.submitted, from: "submitted", to: "submitted", actor: reporter, role: "reporter"), as: reporter, date: date)
            expected = ("not-permitted", scene.submitted)
        case .assignSomeoneWithoutTheStep:
            // The second reporter cannot approve: no one may be given a step they cannot take.
            try scene.rewrite(try scene.path(scene.submitted)) {
                AttackTableTests.addingAfterUpdated(AttackTableTests.replacingUpdated($0, date), "assignee: \(AttackScene.secondReporter.id)")
            }
            try scene.commit(attackMessage("assign", article: scene.submitted, from: "submitted", to: "submitted", actor: editor, role: "editor"), as: editor, date: date)
            expected = ("bad-assignee", scene.submitted)
        case .commentThatEditsTheBody:
            try scene.rewrite(try scene.path(scene.published)) { $0.replacingOccurrences(of: "có số liệu", with: "có số liệu bịa đặt") }
            try scene.commit(
                attackMessage("comment", article: scene.published, from: "published", to: "published", actor: chief, role: "chief", note: "Chỉ là ghi chú"),
                as: chief, date: date)
            expected = ("comment-changes-files", scene.published)
        case .commentByAStranger:
            let stranger = AttackScene.secondReporter.id
            try scene.commit(
                attackMessage("comment", article: scene.draft, from: "draft", to: "draft", actor: stranger, role: "reporter", note: "Tôi góp ý"),
                as: stranger, date: date, allowEmpty: true)
            expected = ("not-permitted", scene.draft)
        case .commentWithoutANote:
            try scene.commit(
                attackMessage("comment", article: scene.draft, from: "draft", to: "draft", actor: reporter, role: "author"),
                as: reporter, date: date, allowEmpty: true)
            expected = ("not-permitted", scene.draft)
        }
        let bad = try scene.room.head()
        let verdict = try scene.room.auditVerify()
        #expect(verdict.status == 4, "\(attack): \(verdict.result)")
        #expect(verdict.violations.contains { $0.rule == expected.rule && $0.article == expected.article && $0.commit == bad },
                "\(attack): expected [\(expected.rule)] on \(expected.article):\n\(verdict.listing)")
        #expect(verdict.violations.allSatisfy { $0.commit == bad }, "\(verdict.listing)")
        let before = try scene.centralTip()
        let pushed = try scene.push()
        #expect(pushed.status != 0 && pushed.stderr.contains("pre-receive hook declined") && pushed.stderr.contains("[\(expected.rule)]"),
                "\(attack): \(pushed.stderr)")
        #expect(try scene.centralTip() == before)
    }

    @Test("honest ones pass: Galley's assign and comment, and a comment made by hand with the same tree, go through the hook")
    func honestStepsPass() throws {
        let scene = try AttackScene(signed: false)
        try scene.galley(["assign", scene.submitted, "--to", AttackScene.editor, "-m", "Anh xem giúp"], as: AttackScene.chief)
        try scene.galley(["comment", scene.submitted, "-m", "Em đã bổ sung nguồn"], as: AttackScene.reporter)
        // By hand: no file changed, Galley's trailers, the author's note.
        try scene.commit(
            attackMessage("comment", article: scene.draft, from: "draft", to: "draft", actor: AttackScene.reporter, role: "author", note: "Ghi chú tay"),
            as: AttackScene.reporter, date: AttackTableTests.commitDate(), allowEmpty: true)
        let verdict = try scene.room.auditVerify()
        #expect(verdict.ok == true, "\(verdict.listing)")
        let pushed = try scene.push()
        #expect(pushed.status == 0, "\(pushed)")
        #expect(try scene.centralTip() == (try scene.room.head()))
    }
}
