import Foundation
import Testing

/// Issue 12, "Corrections and retractions as the law wants" (Press Law 2016, art. 42): `correct`
/// takes the work tree's text and `--title`, records a reader-facing notice that `verify`
/// recomputes byte for byte, and `retract` records its reason; older corrections keep verifying.
@Suite("Correction notices and retractions")
struct CorrectionNoticeTests {
    static let body = "Chiều 1/12, cầu Đồng Lạc thông xe. Cầu dài 300 m, vốn 120 tỉ đồng.\n\nÔng Nguyễn Văn A phát biểu tại lễ.\n"

    /// A published article and its path.
    static func published(_ room: Newsroom, title: String = "Cầu Đồng Lạc thông xe") throws -> (String, String) {
        let id = try room.newArticle(title, body: body)
        try room.steps(id, PublishedArticleTests.chain)
        return (id, try room.articlePath(id))
    }

    static func edit(_ room: Newsroom, _ path: String, _ pairs: [(String, String)]) throws {
        var text = try String(contentsOf: room.workTreeURL(path), encoding: .utf8)
        for (old, new) in pairs { text = text.replacingOccurrences(of: old, with: new) }
        try Data(text.utf8).write(to: room.workTreeURL(path))
    }

    static func notice(_ room: Newsroom, _ id: String, _ index: Int = 0) throws -> [String: Any] {
        let corrections = try #require(try room.show(id)["corrections"] as? [[String: Any]])
        return try #require(corrections[index]["notice"] as? [String: Any], "\(corrections)")
    }

    @Test("correct takes the edited work tree and --title; the notice quotes whole sentences and cites the original")
    func workTreeAndTitle() throws {
        let room = try Newsroom()
        let (id, path) = try Self.published(room)
        try Self.edit(room, path, [("120 tỉ", "150 tỉ"), ("Nguyễn Văn A", "Nguyễn Văn B")])
        try room.ok(["correct", id, "-m", "Sửa số vốn và tên", "--title", "Cầu Đồng Lạc chính thức thông xe"], as: Newsroom.chief)

        let file = try room.committedFile(path)
        #expect(file.contains("\ntitle: \"Cầu Đồng Lạc chính thức thông xe\"\n"), "\(file)")
        #expect(file.contains("vốn 150 tỉ đồng.") && file.contains("Nguyễn Văn B phát biểu"), "\(file)")
        #expect(file.contains("    original_title: \"Cầu Đồng Lạc thông xe\"\n    section: \"Thời sự\"\n"), "\(file)")
        #expect(file.contains("    title_was: \"Cầu Đồng Lạc thông xe\"\n"), "\(file)")
        #expect(file.contains("    wrong: [\"Cầu dài 300 m, vốn 120 tỉ đồng.\", \"Ông Nguyễn Văn A phát biểu tại lễ.\"]\n"), "\(file)")
        #expect(file.contains("    corrected: [\"Cầu dài 300 m, vốn 150 tỉ đồng.\", \"Ông Nguyễn Văn B phát biểu tại lễ.\"]\n"), "\(file)")
        #expect(try room.gitOut(["status", "--porcelain"]).isEmpty, "the work tree is not the committed text")

        let notice = try Self.notice(room, id)
        #expect(string(notice, "original_title") == "Cầu Đồng Lạc thông xe")
        #expect(string(notice, "title_was") == "Cầu Đồng Lạc thông xe")
        #expect(notice["wrong"] as? [String] == ["Cầu dài 300 m, vốn 120 tỉ đồng.", "Ông Nguyễn Văn A phát biểu tại lễ."])
        let publishedAt = try #require(string(notice, "published"))
        let history = try room.galley(["log", id, "--format", "json"])
        #expect(history.stdout.contains(publishedAt), "the notice's date is not the publication's: \(publishedAt)")

        // A second correction (title only) cites the article as it first appeared.
        try room.ok(["correct", id, "-m", "Sửa tiêu đề lần nữa", "--title", "Cầu Đồng Lạc thông xe sớm"], as: Newsroom.chief)
        let second = try Self.notice(room, id, 1)
        #expect(string(second, "original_title") == "Cầu Đồng Lạc thông xe")
        #expect(string(second, "title_was") == "Cầu Đồng Lạc chính thức thông xe")
        #expect(string(second, "published") == publishedAt)
        #expect((second["wrong"] as? [String])?.isEmpty == true, "\(second)")

        let shown = try room.ok(["show", id], environment: ["GALLEY_LANG": "vi"]).stdout
        #expect(shown.contains("Thông tin cải chính"), "\(shown)")
        #expect(shown.contains("Đoạn “Cầu dài 300 m, vốn 120 tỉ đồng.” nay sửa lại là “Cầu dài 300 m, vốn 150 tỉ đồng.”"), "\(shown)")
        #expect(shown.contains("Tiêu đề “Cầu Đồng Lạc thông xe” nay sửa thành “Cầu Đồng Lạc chính thức thông xe”"), "\(shown)")
        #expect(shown.contains("trên chuyên mục Thời sự"), "\(shown)")
        let english = try room.ok(["show", id]).stdout
        #expect(english.contains("The headline “Cầu Đồng Lạc chính thức thông xe” now reads “Cầu Đồng Lạc thông xe sớm”."), "\(english)")
        let diff = try room.ok(["diff", id]).stdout
        #expect(diff.contains("“Cầu dài 300 m, vốn 120 tỉ đồng.” → “Cầu dài 300 m, vốn 150 tỉ đồng.”"), "\(diff)")
        let verdict = try room.auditVerify()
        #expect(verdict.ok == true, "\(verdict.listing)")
    }

    @Test("in a bare repository --title alone corrects the headline, and no text at all is the workflow's refusal")
    func bareTitleOnly() throws {
        let room = try Newsroom(bare: true)
        let (id, path) = try Self.published(room)
        let before = try room.snapshot()
        let nothing = try room.galley(["correct", id, "-m", "Sửa"], as: Newsroom.chief)
        #expect(nothing.status == 3 && nothing.stderr.contains("--body-file"), "\(nothing)")
        expectUnchanged(before, try room.snapshot(), "correct with nothing")
        try room.ok(["correct", id, "-m", "Sai tên cầu", "--title", "Cầu Đồng Lạc (Hải Dương) thông xe"], as: Newsroom.chief)
        let file = try room.committedFile(path)
        #expect(file.hasSuffix("\n---\n\n" + Self.body), "the body changed:\n\(file)")
        #expect(string(try room.show(id), "title") == "Cầu Đồng Lạc (Hải Dương) thông xe")
        #expect(string(try Self.notice(room, id), "title_was") == "Cầu Đồng Lạc thông xe")
    }

    @Test("an unchanged work tree, a work tree that changes the byline, and a front-matter body file are refused with nothing written")
    func badInput() throws {
        let room = try Newsroom()
        let (id, path) = try Self.published(room)
        var before = try room.snapshot()
        let unchanged = try room.galley(["correct", id, "-m", "Sửa"], as: Newsroom.chief)
        #expect(unchanged.status == 3 && unchanged.stderr.contains(path) && unchanged.stderr.contains("--body-file"), "\(unchanged)")
        expectUnchanged(before, try room.snapshot(), "an unchanged work tree")

        try Self.edit(room, path, [("120 tỉ", "150 tỉ"), ("byline: \"", "byline: \"Bài và ảnh: ")])
        before = try room.snapshot()
        let byline = try room.galley(["correct", id, "-m", "Sửa"], as: Newsroom.chief)
        #expect(byline.status == 3 && byline.stderr.contains("byline"), "\(byline)")
        expectUnchanged(before, try room.snapshot(), "a correction that changes the byline")

        let whole = try room.writeScratch("whole.md", try room.committedFile(path))
        let frontMatter = try room.galley(["correct", id, "-m", "Sửa", "--body-file", whole], as: Newsroom.chief)
        #expect(frontMatter.status == 3, "\(frontMatter)")
        expectUnchanged(before, try room.snapshot(), "a body file with front matter")
        // A notice edited in the work tree is the workflow's record, not the text: refused, nothing written.
        #expect(try room.git(["checkout", "--", path]).status == 0)
        try Self.edit(room, path, [("120 tỉ", "150 tỉ")])
        try room.ok(["correct", id, "-m", "Sửa số vốn"], as: Newsroom.chief)
        try Self.edit(room, path, [("vốn 120 tỉ đồng.\"]", "vốn 99 tỉ đồng.\"]"), ("300 m", "301 m")])
        before = try room.snapshot()
        let notice = try room.galley(["correct", id, "-m", "Sửa nữa"], as: Newsroom.chief)
        #expect(notice.status == 3 && notice.stderr.contains("corrections"), "\(notice)")
        expectUnchanged(before, try room.snapshot(), "a notice edited in the work tree")
    }

    @Test("a hand-edited notice, a correction without its notice and a forged retraction reason, made with plain git, are violations")
    func plainGitAttacks() throws {
        let room = try Newsroom()
        let (id, path) = try Self.published(room)
        try Self.edit(room, path, [("120 tỉ", "150 tỉ")])
        try room.ok(["correct", id, "-m", "Sửa số vốn"], as: Newsroom.chief)
        let good = try room.head()
        // The notice now says the paper printed 100 billion: amended by hand, same author and time.
        try room.auditRewrite(path) { $0.replacingOccurrences(of: "vốn 120 tỉ đồng.\"]", with: "vốn 100 tỉ đồng.\"]") }
        #expect(try room.auditGit(["commit", "-q", "-a", "--amend", "--no-edit"]).status == 0)
        let forged = try room.head()
        var verdict = try room.auditVerify()
        #expect(verdict.violations.contains { $0.commit == forged && $0.rule == "protected-field" && $0.message.contains("corrections") },
                "\(verdict.listing)")
        #expect(!verdict.violations.contains { $0.commit != forged }, "\(verdict.listing)")

        // A correction whose notice was left out (the old three keys only) under rules that ask for notices.
        #expect(try room.auditGit(["reset", "-q", "--hard", good]).status == 0)
        try room.auditRewrite(path) { text in
            var lines = text.components(separatedBy: "\n")
            lines.removeAll { $0.hasPrefix("    original_title:") || $0.hasPrefix("    section:") || $0.hasPrefix("    published:")
                || $0.hasPrefix("    wrong:") || $0.hasPrefix("    corrected:") }
            return lines.joined(separator: "\n")
        }
        #expect(try room.auditGit(["commit", "-q", "-a", "--amend", "--no-edit"]).status == 0)
        let bare = try room.head()
        verdict = try room.auditVerify()
        #expect(verdict.violations.contains { $0.commit == bare && $0.rule == "protected-field" }, "\(verdict.listing)")

        // A retraction whose recorded reason is not the note of its commit.
        #expect(try room.auditGit(["reset", "-q", "--hard", good]).status == 0)
        try room.ok(["retract", id, "-m", "Sai sự thật"], as: Newsroom.chief)
        try room.auditRewrite(path) { $0.replacingOccurrences(of: "reason: \"Sai sự thật\"", with: "reason: \"Theo yêu cầu\"") }
        #expect(try room.auditGit(["commit", "-q", "-a", "--amend", "--no-edit"]).status == 0)
        let reason = try room.head()
        verdict = try room.auditVerify()
        #expect(verdict.violations.contains { $0.commit == reason && $0.rule == "protected-field" && $0.message.contains("retracted") },
                "\(verdict.listing)")

        // A retraction that drops Hugo's _build, so a drafts build would show it again.
        #expect(try room.auditGit(["reset", "-q", "--hard", "HEAD~1"]).status == 0)
        try room.ok(["retract", id, "-m", "Sai sự thật"], as: Newsroom.chief)
        try room.auditRewrite(path) { $0.replacingOccurrences(of: "_build: {render: never, list: never, publishResources: false}\n", with: "") }
        #expect(try room.auditGit(["commit", "-q", "-a", "--amend", "--no-edit"]).status == 0)
        let shown = try room.head()
        verdict = try room.auditVerify()
        #expect(verdict.violations.contains { $0.commit == shown }, "\(verdict.listing)")
    }

    @Test("retract records its reason for the record and keeps the text; without -m it is refused")
    func retraction() throws {
        let room = try Newsroom()
        let (id, path) = try Self.published(room)
        let before = try room.snapshot()
        let noReason = try room.galley(["retract", id], as: Newsroom.chief)
        #expect(noReason.status == 3 && noReason.stderr.contains("-m"), "\(noReason)")
        expectUnchanged(before, try room.snapshot(), "retract without a reason")
        try room.ok(["retract", id, "-m", "Thông tin sai sự thật"], as: Newsroom.chief)
        let file = try room.committedFile(path)
        #expect(file.contains("\ndraft: true\n") && file.contains("\nretracted:\n  time: "), "\(file)")
        #expect(file.contains("\n  actor: \"tbt\"\n  reason: \"Thông tin sai sự thật\"\n"), "\(file)")
        #expect(file.hasSuffix(Self.body), "the text is not kept:\n\(file)")
        let retracted = try #require(try room.show(id)["retracted"] as? [String: Any])
        #expect(string(retracted, "reason") == "Thông tin sai sự thật" && string(retracted, "actor") == Newsroom.chief)
        let shown = try room.ok(["show", id], environment: ["GALLEY_LANG": "vi"]).stdout
        #expect(shown.contains("Đã gỡ bài (") && shown.contains("Thông tin sai sự thật"), "\(shown)")
        let diff = try room.ok(["diff", id]).stdout
        #expect(diff.contains("retracted:") && diff.contains("Thông tin sai sự thật"), "\(diff)")
        #expect(try room.auditVerify().ok == true)
    }

    @Test("under rules without notices a correction keeps the old three keys and cannot change the title; both histories verify")
    func rulesInForce() throws {
        let room = try Newsroom()
        try room.ok(["config", "set", "press_law_notices", "false"], as: Newsroom.admin)
        let (id, path) = try Self.published(room)
        let newBody = try room.writeScratch("sua.md", Self.body.replacingOccurrences(of: "120 tỉ", with: "150 tỉ"))
        try room.ok(["correct", id, "-m", "Sửa số vốn", "--body-file", newBody], as: Newsroom.chief)
        var file = try room.committedFile(path)
        #expect(file.contains("    note: \"Sửa số vốn\"\n---\n"), "an old-rules correction carries more than its three keys:\n\(file)")
        let before = try room.snapshot()
        let title = try room.galley(["correct", id, "-m", "Sửa tiêu đề", "--title", "Tiêu đề khác"], as: Newsroom.chief)
        #expect(title.status == 3 && title.stderr.contains("press_law_notices"), "\(title)")
        expectUnchanged(before, try room.snapshot(), "a title correction under old rules")
        try room.ok(["retract", id, "-m", "Gỡ"], as: Newsroom.chief)
        file = try room.committedFile(path)
        #expect(!file.contains("retracted:") && !file.contains("_build"), "\(file)")

        try room.ok(["config", "set", "press_law_notices", "true"], as: Newsroom.admin)
        let (other, otherPath) = try Self.published(room, title: "Bài sau khi bật")
        try room.ok(["correct", other, "-m", "Sửa", "--body-file", newBody], as: Newsroom.chief)
        #expect(try room.committedFile(otherPath).contains("    original_title: \"Bài sau khi bật\"\n"))
        let verdict = try room.auditVerify()
        #expect(verdict.ok == true, "\(verdict.listing)")
    }
}
