import Foundation
import Testing

/// Issue 3: for each rule `verify` enforces, break it the way a careless or
/// dishonest person would — with plain `git` — and expect `verify` to name
/// exactly that commit, the rule and the article; the history before it is clean.
@Suite("verify catches dishonest acts made with plain git")
struct AuditVerifyDishonestyTests {
    enum Act: String, CaseIterable, CustomStringConvertible, Sendable {
        case handEditedState
        case committedAsSomeoneElse
        case selfPromotionAndApproval
        case revisedApprovedText
        case deletedArticleWithPlainGit
        case deletedArticleInReviseStep
        case mergeCommit
        case brokenFrontMatter
        case changedID
        case doubleApprovalBySamePerson
        case rejectWithoutNote
        case stepByStranger
        case stepByDeactivatedEditor
        case trailersLieAboutTheStep
        case changedAuthor
        case plainPeopleEdit
        case configStepByNonAdmin

        var description: String { rawValue }
    }

    /// A rule the verdict must hold on the bad commit: `rules` lists acceptable names (any one suffices).
    struct Expected: CustomStringConvertible {
        var rules: Set<String>
        var article: String?
        var description: String { "\(rules.sorted().joined(separator: "|")) on \(article ?? "no article")" }
    }

    /// What a scenario did: the last good commit, the bad one, and what verify must say.
    struct Outcome {
        var good: String
        var bad: String
        var expected: [Expected]
        /// Rules that may also be reported on the bad commit besides the expected ones.
        var alsoAllowed: Set<String> = []
    }

    static let secondReporter = StaffMember(id: "phongvien2", name: "Phóng Viên Hai", email: "pv2@example.vn", roles: ["reporter"])
    static let editorAndChief = StaffMember(id: "kiemnhiem", name: "Kiêm Nhiệm", email: "kiemnhiem@example.vn", roles: ["editor", "chief"])

    @Test("verify names exactly the offending commit, its rule and article", arguments: Act.allCases)
    func catches(_ act: Act) throws {
        let room = try Newsroom()
        try room.addPerson(Self.secondReporter)
        try room.addPerson(Self.editorAndChief)

        let outcome = try perform(act, in: room)
        #expect(outcome.bad == (try room.head()), "the bad commit must be the tip")
        #expect(outcome.bad.count == 40)

        // The whole history after the bad commit: exit 4, every violation on that commit.
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4, "\(act): \(verdict.result)")
        #expect(verdict.ok == false)
        #expect(verdict.commits == (try room.auditRevList(["--count", "main"]).first.flatMap { Int($0) }),
                "every commit of main is checked")
        #expect(!verdict.violations.isEmpty)
        for violation in verdict.violations {
            #expect(violation.commit == outcome.bad, "\(act): a violation names another commit than \(outcome.bad):\n\(verdict.listing)")
            #expect(!violation.message.isEmpty)
        }
        let allowed = outcome.expected.reduce(outcome.alsoAllowed) { $0.union($1.rules) }
        for violation in verdict.violations {
            #expect(allowed.contains(violation.rule), "\(act): unexpected rule \(violation.rule):\n\(verdict.listing)")
        }
        do {
            for expected in outcome.expected {
                let found = verdict.violations.contains { expected.rules.contains($0.rule) && $0.article == expected.article }
                #expect(found, "\(act): expected \(expected) on \(outcome.bad.prefix(9)); verify said:\n\(verdict.listing)")
            }
        }

        // --since the last good commit: only the later commits are checked, the same verdict.
        let later = try room.auditRevList(["--count", "\(outcome.good)..main"]).first.flatMap { Int($0) }
        let since = try room.auditVerify(since: outcome.good)
        #expect(since.status == 4, "\(since.result)")
        #expect(since.commits == later, "verify --since \(outcome.good.prefix(9)) checks \(later ?? -1) commits")
        #expect(since.violations == verdict.violations, "verify --since: \(since.listing)")

        // Text output names the short hash and the rule.
        let text = try room.galley(["verify"])
        #expect(text.status == 4, "\(text)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.last?.contains("violation") == true, "\(text.stdout)")
        do {
            for expected in outcome.expected {
                let named = lines.contains { line in
                    line.hasPrefix(String(outcome.bad.prefix(7))) && expected.rules.contains { line.contains("[\($0)]") }
                }
                #expect(named, "\(act): text output lacks \(outcome.bad.prefix(7)) … [\(expected.rules.sorted())]:\n\(text.stdout)")
            }
        }
    }

    /// Brings the newsroom to a clean state, checks that it verifies, then commits the dishonest act.
    func perform(_ act: Act, in room: Newsroom) throws -> Outcome {
        let reporter = Newsroom.reporter
        let editor = Newsroom.editor
        let body = "Thái Bình — đoạn mở đầu của bài.\n\nĐoạn thứ hai, có số liệu.\n"

        func expectClean(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
            let verdict = try room.auditVerify(sourceLocation: sourceLocation)
            #expect(verdict.status == 0 && verdict.ok == true && verdict.violations.isEmpty,
                    "\(act): history before the bad commit must verify clean: \(verdict.result)", sourceLocation: sourceLocation)
            return try room.head()
        }
        /// Takes a real Galley step, then drops the commit but keeps its files staged.
        func stagedStep(_ command: [String], as person: String) throws -> String {
            try room.ok(command, as: person)
            let undo = try room.git(["reset", "-q", "--soft", "HEAD^"])
            #expect(undo.status == 0, "\(undo)")
            return try expectClean()
        }

        switch act {
        case .handEditedState:
            let id = try room.newArticle("Bài sửa trạng thái bằng tay", as: reporter, body: body)
            let good = try expectClean()
            let path = try room.articlePath(id)
            try room.auditRewrite(path) { $0.replacingOccurrences(of: "\nstate: draft\n", with: "\nstate: submitted\n") }
            let bad = try room.auditPlainCommit("Gửi bài (sửa tay)\n", asMember: reporter)
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["outside-workflow"], article: id)])

        case .committedAsSomeoneElse:
            let id = try room.newArticle("Bài duyệt hộ", as: reporter, body: body)
            try room.steps(id, [("submit", reporter)])
            let good = try stagedStep(["approve", id], as: editor)
            let message = auditGalleyMessage(
                subject: "approve: Bài duyệt hộ (submitted → edited)", article: id, transition: "approve",
                from: "submitted", to: "edited", actor: editor, role: "editor")
            let bad = try room.auditPlainCommit(message, asMember: reporter)
            // The plain commit is made a moment after the step it copies: its `updated` may no longer be its time.
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["author-mismatch"], article: id)], alsoAllowed: ["protected-field"])

        case .selfPromotionAndApproval:
            let id = try room.newArticle("Bài tự phong", as: Self.secondReporter.id, body: body)
            try room.steps(id, [("submit", Self.secondReporter.id), ("approve", editor)])
            let good = try expectClean()
            try room.auditRewrite("people.yaml") { text in
                var lines = text.components(separatedBy: "\n")
                if let start = lines.firstIndex(of: "  - id: \(reporter)"),
                    let roles = lines[start...].firstIndex(where: { $0.hasPrefix("    roles:") }) {
                    lines[roles] = "    roles: [reporter, chief]"
                }
                return lines.joined(separator: "\n")
            }
            try room.auditRewrite(try room.articlePath(id)) {
                $0.replacingOccurrences(of: "\nstate: edited\n", with: "\nstate: approved\n")
                    .replacingOccurrences(of: "approvals: [\"\(editor)\"]", with: "approvals: [\"\(editor)\", \"\(reporter)\"]")
            }
            let message = auditGalleyMessage(
                subject: "approve: Bài tự phong (edited → approved)", article: id, transition: "approve",
                from: "edited", to: "approved", actor: reporter, role: "chief")
            let bad = try room.auditPlainCommit(message, asMember: reporter)
            return Outcome(good: good, bad: bad, expected: [
                Expected(rules: ["admin-only"], article: nil), Expected(rules: ["not-permitted"], article: id),
            ])

        case .revisedApprovedText:
            let id = try room.newArticle("Bài đã duyệt", as: reporter, body: body)
            try room.steps(id, [("submit", reporter), ("approve", editor), ("approve", Newsroom.chief)])
            let good = try expectClean()
            try room.auditRewrite(try room.articlePath(id)) {
                $0.replacingOccurrences(of: "có số liệu", with: "có số liệu đã bị sửa sau khi duyệt")
            }
            let message = auditGalleyMessage(
                subject: "revise: Bài đã duyệt", article: id, transition: "revise", from: "approved", to: "approved",
                actor: editor, role: "editor")
            let bad = try room.auditPlainCommit(message, asMember: editor)
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["content-not-editable"], article: id)])

        case .deletedArticleWithPlainGit, .deletedArticleInReviseStep:
            let id = try room.newArticle("Bài bị xóa", as: reporter, body: body)
            let good = try expectClean()
            let removed = try room.git(["rm", "-q", try room.articlePath(id)])
            #expect(removed.status == 0, "\(removed)")
            let message = act == .deletedArticleWithPlainGit
                ? "Xóa bài\n"
                : auditGalleyMessage(subject: "revise: Bài bị xóa", article: id, transition: "revise", from: "draft", to: "draft",
                                     actor: reporter, role: "author")
            let bad = try room.auditPlainCommit(message, asMember: reporter)
            // Plain git also changed the article outside the workflow: that may be said too.
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["article-removed"], article: id)],
                           alsoAllowed: act == .deletedArticleWithPlainGit ? ["outside-workflow"] : [])

        case .mergeCommit:
            let id = try room.newArticle("Bài trên nhánh chính", as: reporter, body: body)
            #expect(try room.git(["checkout", "-q", "-b", "side"]).status == 0)
            try Data("# Báo Mẫu\n\nGhi chú bên lề.\n".utf8).write(to: room.workTreeURL("README.md"))
            #expect(try room.git(["add", "README.md"]).status == 0)
            // A legal admin step on the side branch (files outside articles/ change through `config`): only the merge is wrong.
            try room.auditPlainCommit(
                auditGalleyMessage(subject: "config: README", article: nil, transition: "config", from: nil, to: nil,
                                   actor: Newsroom.admin, role: "admin"),
                asMember: Newsroom.admin)
            #expect(try room.git(["checkout", "-q", "main"]).status == 0)
            try room.steps(id, [("submit", reporter)])
            let good = try expectClean()
            let admin = try #require(room.member(Newsroom.admin))
            let merged = try room.auditGit(["merge", "-q", "--no-ff", "-m", "Merge branch 'side'", "side"], name: admin.name, email: admin.email)
            #expect(merged.status == 0, "\(merged)")
            let bad = try room.head()
            #expect(try room.gitOut(["rev-list", "--parents", "-n", "1", bad]).split(separator: " ").count == 3, "a merge commit")
            // The merge also brings README.md in without a step of its own: that is reported too.
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["linear-history"], article: nil)], alsoAllowed: ["outside-workflow"])

        case .brokenFrontMatter:
            let id = try room.newArticle("Bài hỏng đầu trang", as: reporter, body: body)
            let good = try expectClean()
            try room.auditRewrite(try room.articlePath(id)) {
                $0.replacingOccurrences(of: "\nstate: draft\n", with: "\nstate: [draft\n")
            }
            let message = auditGalleyMessage(
                subject: "revise: Bài hỏng đầu trang", article: id, transition: "revise", from: "draft", to: "draft",
                actor: reporter, role: "author")
            let bad = try room.auditPlainCommit(message, asMember: reporter)
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["corrupt-article"], article: id)])

        case .changedID:
            let id = try room.newArticle("Bài đổi mã", as: reporter, body: body)
            let good = try expectClean()
            try room.auditRewrite(try room.articlePath(id)) {
                $0.replacingOccurrences(of: "\nid: \(id)\n", with: "\nid: \(id)-moi\n")
            }
            let message = auditGalleyMessage(
                subject: "revise: Bài đổi mã", article: id, transition: "revise", from: "draft", to: "draft",
                actor: reporter, role: "author")
            let bad = try room.auditPlainCommit(message, asMember: reporter)
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["id-mismatch", "protected-field"], article: id)])

        case .doubleApprovalBySamePerson:
            let dual = Self.editorAndChief.id
            let id = try room.newArticle("Bài hai chữ ký một người", as: reporter, body: body)
            try room.steps(id, [("submit", reporter), ("approve", dual)])
            // Galley itself refuses the second approval by the same person.
            let refused = try room.galley(["approve", id], as: dual)
            #expect(refused.status == 3, "galley must refuse the second approval: \(refused)")
            let good = try expectClean()
            try room.auditRewrite(try room.articlePath(id)) {
                $0.replacingOccurrences(of: "\nstate: edited\n", with: "\nstate: approved\n")
                    .replacingOccurrences(of: "approvals: [\"\(dual)\"]", with: "approvals: [\"\(dual)\", \"\(dual)\"]")
            }
            let message = auditGalleyMessage(
                subject: "approve: Bài hai chữ ký một người (edited → approved)", article: id, transition: "approve",
                from: "edited", to: "approved", actor: dual, role: "chief")
            let bad = try room.auditPlainCommit(message, asMember: dual)
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["not-permitted"], article: id)])

        case .rejectWithoutNote:
            let id = try room.newArticle("Bài trả lại không lý do", as: reporter, body: body)
            try room.steps(id, [("submit", reporter)])
            let good = try stagedStep(["reject", id, "-m", "Lý do tạm"], as: editor)
            let message = auditGalleyMessage(
                subject: "reject: Bài trả lại không lý do (submitted → returned)", article: id, transition: "reject",
                from: "submitted", to: "returned", actor: editor, role: "editor")
            let bad = try room.auditPlainCommit(message, asMember: editor)
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["not-permitted"], article: id)])

        case .stepByStranger:
            let id = try room.newArticle("Bài người lạ duyệt", as: reporter, body: body)
            try room.steps(id, [("submit", reporter)])
            let good = try stagedStep(["approve", id], as: editor)
            let message = auditGalleyMessage(
                subject: "approve: Bài người lạ duyệt (submitted → edited)", article: id, transition: "approve",
                from: "submitted", to: "edited", actor: "nguoila", role: "editor")
            let bad = try room.auditPlainCommit(message, name: "Người Lạ", email: "nguoila@example.vn")
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["unknown-actor"], article: id)])

        case .stepByDeactivatedEditor:
            let id = try room.newArticle("Bài của người đã nghỉ", as: reporter, body: body)
            try room.steps(id, [("submit", reporter)])
            try room.ok(["people", "deactivate", editor], as: Newsroom.admin)
            // Galley refuses a deactivated person; with a second editor the step is real, then re-signed.
            let good = try stagedStep(["approve", id], as: Self.editorAndChief.id)
            try room.auditRewrite(try room.articlePath(id)) {
                $0.replacingOccurrences(of: "approvals: [\"\(Self.editorAndChief.id)\"]", with: "approvals: [\"\(editor)\"]")
            }
            let message = auditGalleyMessage(
                subject: "approve: Bài của người đã nghỉ (submitted → edited)", article: id, transition: "approve",
                from: "submitted", to: "edited", actor: editor, role: "editor")
            let bad = try room.auditPlainCommit(message, asMember: editor)
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["unknown-actor"], article: id)])

        case .trailersLieAboutTheStep:
            let id = try room.newArticle("Bài khai gian", as: reporter, body: body)
            let good = try expectClean()
            // The file jumps draft → edited while the trailers record a plain submit.
            try room.auditRewrite(try room.articlePath(id)) {
                $0.replacingOccurrences(of: "\nstate: draft\n", with: "\nstate: edited\n")
            }
            let message = auditGalleyMessage(
                subject: "submit: Bài khai gian (draft → submitted)", article: id, transition: "submit",
                from: "draft", to: "submitted", actor: reporter, role: "author")
            let bad = try room.auditPlainCommit(message, asMember: reporter)
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["trailer-mismatch"], article: id)])

        case .changedAuthor:
            let id = try room.newArticle("Bài đổi tác giả", as: reporter, body: body)
            let good = try expectClean()
            try room.auditRewrite(try room.articlePath(id)) {
                $0.replacingOccurrences(of: "\nauthor: \(reporter)\n", with: "\nauthor: \(Self.secondReporter.id)\n")
            }
            let message = auditGalleyMessage(
                subject: "revise: Bài đổi tác giả", article: id, transition: "revise", from: "draft", to: "draft",
                actor: reporter, role: "author")
            let bad = try room.auditPlainCommit(message, asMember: reporter)
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["protected-field"], article: id)])

        case .plainPeopleEdit:
            let good = try expectClean()
            try room.auditRewrite("people.yaml") { $0.replacingOccurrences(of: "roles: [reporter]", with: "roles: [reporter, admin]") }
            let bad = try room.auditPlainCommit("Thêm quyền\n", asMember: reporter)
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["admin-only"], article: nil)])

        case .configStepByNonAdmin:
            let good = try expectClean()
            try room.auditRewrite("galley.yaml") {
                $0.replacingOccurrences(of: "timezone: \"Asia/Ho_Chi_Minh\"", with: "timezone: \"Asia/Bangkok\"")
            }
            let message = auditGalleyMessage(
                subject: "config: timezone = Asia/Bangkok", article: nil, transition: "config", from: nil, to: nil,
                actor: editor, role: "admin")
            let bad = try room.auditPlainCommit(message, asMember: editor)
            return Outcome(good: good, bad: bad, expected: [Expected(rules: ["admin-only"], article: nil)])
        }
    }
}
