import Foundation
import Testing

/// Issue 15: verify predicts a transition that carries no text and no file (submit, approve,
/// publish) with StepSemantics and compares blob ids instead of reading the file. Every change
/// to such a step made with plain git must still be named on its commit, and an exact copy
/// (the same bytes, message and time) must still pass.
@Suite("verify's predicted transitions miss no byte")
struct AuditVerifyPredictedStepTests {
    enum Tamper: String, CaseIterable, CustomStringConvertible, Sendable {
        case oneMoreBodyByte
        case retitled
        case draftFlagFlipped
        case commentInFrontMatter
        case stateSkipped

        var description: String { rawValue }

        func apply(_ text: String) -> String {
            switch self {
            case .oneMoreBodyByte: return text + "x\n"
            case .retitled: return text.replacingOccurrences(of: "Bài dự đoán", with: "Bài đã đổi tên")
            case .draftFlagFlipped: return text.replacingOccurrences(of: "\ndraft: true\n", with: "\ndraft: false\n")
            case .commentInFrontMatter: return "---\n# ghi chú tay\n" + text.dropFirst(4)
            case .stateSkipped: return text.replacingOccurrences(of: "\nstate: edited\n", with: "\nstate: approved\n")
            }
        }
    }

    /// A newsroom whose last step is an editor's approve (submitted → edited), verified clean.
    private func approvedArticle() throws -> (room: Newsroom, id: String, commits: Int?) {
        let room = try Newsroom()
        let id = try room.newArticle("Bài dự đoán", body: "Nội dung bài dự đoán.\n")
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor)])
        let clean = try room.auditVerify()
        #expect(clean.status == 0 && clean.ok == true && clean.violations.isEmpty, "\(clean.result)")
        return (room, id, clean.commits)
    }

    @Test("an approve recommitted with plain git and one change is reported on that commit", arguments: Tamper.allCases)
    func tampered(_ tamper: Tamper) throws {
        let (room, id, _) = try approvedArticle()
        let path = try room.articlePath(id)
        let bad = try room.auditRecommitLastStep(asMember: Newsroom.editor) {
            try room.auditRewrite(path) { tamper.apply($0) }
        }
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4, "\(tamper): \(verdict.result)")
        #expect(!verdict.violations.isEmpty, "\(tamper) passed verify")
        #expect(verdict.violations.allSatisfy { $0.commit == bad && $0.article == id }, "\(tamper):\n\(verdict.listing)")
    }

    @Test("an exact plain-git copy of an approve (same bytes, message and time) passes")
    func exactCopyPasses() throws {
        let (room, _, commits) = try approvedArticle()
        let original = try room.head()
        let copy = try room.auditRecommitLastStep(asMember: Newsroom.editor) {}
        #expect(copy != original, "the copy must be a new commit (another committer time)")
        let verdict = try room.auditVerify()
        #expect(verdict.status == 0 && verdict.violations.isEmpty, "\(verdict.listing)")
        #expect(commits != nil && verdict.commits == commits, "the copy replaces the approve: \(verdict.result)")
    }

    @Test("the trailers of a predicted step cannot lie about the role")
    func roleLie() throws {
        let (room, id, _) = try approvedArticle()
        let message = try room.gitOut(["log", "-1", "--format=%B"]).replacingOccurrences(of: "Galley-Role: editor", with: "Galley-Role: chief")
        let date = try room.gitOut(["log", "-1", "--format=%aI"])
        _ = try room.gitOut(["reset", "-q", "--soft", "HEAD^"])
        let bad = try room.auditPlainCommit(message + "\n", asMember: Newsroom.editor, extra: ["--date", date])
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4)
        #expect(verdict.violations.contains { $0.commit == bad && $0.article == id && $0.rule == "wrong-role" }, "\(verdict.listing)")
    }
}
