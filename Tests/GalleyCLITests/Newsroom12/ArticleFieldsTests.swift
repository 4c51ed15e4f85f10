import Foundation
import Testing

/// Issue 12: the sapo (`summary`, Hugo's own key) and the source (`source`, `source_url`)
/// are fields a person writes, stored NFC, editable exactly where the text is.
@Suite("Summary and source")
struct ArticleFieldsTests {
    static let summary = "Chiều 1/12, cầu Đồng Lạc được thông xe sau hai năm thi công."
    static let source = "Theo TTXVN"
    static let url = "https://baotintuc.vn/bai-viet"

    @Test("new writes them NFC; show, list and search carry them; verify is clean")
    func newWritesThem() throws {
        let room = try Newsroom()
        let body = try room.writeScratch("b.md", "Nội dung cầu Đồng Lạc.\n")
        let made = try room.ok(
            ["new", "Thông xe cầu Đồng Lạc", "--body-file", body, "--section", "thoi-su",
             "--summary", Self.summary.decomposedStringWithCanonicalMapping, "--source", Self.source, "--source-url", Self.url],
            as: Newsroom.reporter)
        let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let file = try room.committedFile(try room.articlePath(id))
        #expect(file.contains("summary: \"\(Self.summary)\"\nsource: \"\(Self.source)\"\nsource_url: \"\(Self.url)\"\n"), "\(file)")
        let shown = try room.show(id)
        #expect(string(shown, "summary") == Self.summary && string(shown, "source") == Self.source && string(shown, "source_url") == Self.url)
        #expect(shown.keys.contains("publish_at") && shown.keys.contains("embargo"))
        let listed = try jsonArray(try room.ok(["list", "--format", "json"]))
        #expect(listed.first.flatMap { string($0, "summary") } == Self.summary)
        let found = try jsonArray(try room.ok(["search", "Đồng Lạc", "--format", "json"]))
        #expect(found.first.flatMap { string($0, "source_url") } == Self.url)
        // Words only the sapo holds find the article too.
        #expect(try jsonArray(try room.ok(["search", "hai nam thi cong", "--format", "json"])).compactMap { string($0, "id") } == [id])
        let text = try room.ok(["show", id]).stdout
        #expect(text.contains(Self.summary) && text.contains(Self.source))
        #expect(try room.auditVerify().ok == true)
    }

    @Test("save changes and removes them; diff shows the summary in words")
    func saveAndDiff() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài có sapo")
        try room.ok(["save", id, "--summary", "Sapo đầu tiên của bài."], as: Newsroom.reporter)
        try room.ok(["save", id, "--summary", "Sapo thứ hai của bài.", "--source", "Theo VnExpress"], as: Newsroom.reporter)
        let diff = try jsonObject(try room.ok(["diff", id, "HEAD~1", "HEAD", "--format", "json"]))
        let fields = (diff["fields"] as? [[String: Any]] ?? []).compactMap { string($0, "field") }
        #expect(fields.contains("summary") && fields.contains("source"), "\(fields)")
        #expect(diff["changed"] as? Bool == true)
        let words = try room.ok(["diff", id, "HEAD~1", "HEAD"], environment: ["NO_COLOR": "1"]).stdout
        #expect(words.contains("[-đầu tiên-]") || words.contains("[-đầu-]"), "\(words)")
        try room.ok(["save", id, "--summary", ""], as: Newsroom.reporter)
        #expect(!(try room.committedFile(try room.articlePath(id))).contains("summary:"))
        #expect(try room.auditVerify().ok == true)
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var says: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let bad: [Bad] = [
        Bad(arguments: ["--summary", "Dòng một\nDòng hai"], says: "summary"),
        Bad(arguments: ["--summary", String(repeating: "Sapo dài. ", count: 120)], says: "limit"),
        Bad(arguments: ["--source-url", "https://example.vn"], says: "source"),
        Bad(arguments: ["--source", "Theo TTXVN", "--source-url", "ftp://example.vn/x"], says: "http"),
        Bad(arguments: ["--source", String(repeating: "Nguồn ", count: 50)], says: "limit"),
    ]

    @Test("bad values are refused, exit 3, nothing written", arguments: bad)
    func refused(_ bad: Bad) throws {
        let room = try Newsroom()
        let before = try room.head()
        let result = try room.galley(["new", "Bài lỗi"] + bad.arguments, as: Newsroom.reporter)
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains(bad.says), "\(result.stderr)")
        #expect(try room.head() == before)
    }

    @Test("editable exactly where the text is: a reporter may not change a submitted article's summary")
    func onlyWhereTextIs() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài đã nộp")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let before = try room.head()
        let refused = try room.galley(["save", id, "--summary", "Sapo muộn."], as: Newsroom.reporter)
        #expect(refused.status == 3, "\(refused)")
        #expect(try room.head() == before)
        try room.ok(["save", id, "--summary", "Sapo của biên tập viên."], as: Newsroom.editor)
    }

    @Test("edit takes --summary and --source over what the editor gives back")
    func editTakesThem() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài sửa bằng trình soạn thảo")
        try room.ok(["edit", id, "--summary", "Sapo từ edit.", "--source", Self.source], as: Newsroom.reporter, environment: ["EDITOR": "true"])
        let shown = try room.show(id)
        #expect(string(shown, "summary") == "Sapo từ edit." && string(shown, "source") == Self.source)
    }
}
