import Foundation
import Testing

/// The article's word diff in the desk: `galley diff`'s revisions and segments, marked with
/// `<ins>`/`<del>`, every character of the text escaped.
@Suite("The web desk's word diff", .serialized)
struct WebDeskDiffTests {
    static let password = "mật khẩu đủ dài 1"

    @Test func theDiffIsGalleyDiffsMarkedAndEscaped() throws {
        let newsroom = try Newsroom()
        try newsroom.setPassword(Newsroom.editor, Self.password)
        let id = try newsroom.newArticle("Cầu Đông Lạc", body: "Cây cầu dài 200 mét.\n\nĐoạn hai giữ nguyên.\n")
        try newsroom.ok(["submit", id], as: Newsroom.reporter)
        let edited = try newsroom.writeScratch("edited.md", "Cây cầu dài <script>alert(1)</script> 250 mét.\n\nĐoạn hai giữ nguyên.\n")
        try newsroom.ok(["save", id, "--body-file", edited, "--title", "Cầu Đông Lạc & <b>bạn</b>"], as: Newsroom.editor)
        try newsroom.ok(["approve", id], as: Newsroom.editor)
        let desk = try DeskProcess(newsroom)
        defer { desk.stop() }
        let editor = try DeskVisitor(desk, Newsroom.editor, Self.password)

        // Default: since the reporter's submission, as `galley diff ID`.
        let page = try editor.get("/articles/\(id)/diff")
        #expect(page.status == 200, "\(page.text)")
        let cli = try jsonObject(try newsroom.ok(["diff", id, "--format", "json"]))
        let body = try #require(cli["body"] as? [[String: String]])
        for segment in body where segment["op"] != "equal" {
            let tag = segment["op"] == "insert" ? "ins" : "del"
            let escaped = (segment["text"] ?? "").replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            #expect(page.text.contains("<\(tag)>\(escaped)</\(tag)>"), "\(tag) \(segment): \(page.text)")
        }
        #expect(page.text.contains("<del>200</del>"))
        #expect(!page.text.contains("<script>") && !page.text.contains("<b>bạn"), "nothing of the text reaches the page unescaped")
        #expect(page.text.contains("data-field=\"title\""), "the title's change is shown as a field")
        let from = try #require((cli["from"] as? [String: String])?["commit"])
        #expect(page.text.contains(String(from.prefix(7))))

        // States and commits, as `galley diff ID FROM TO`.
        let states = try editor.get("/articles/\(id)/diff?from=submitted&to=edited")
        #expect(states.status == 200 && states.text.contains("250</ins>") && states.text.contains("<del>200</del>"))
        let same = try editor.get("/articles/\(id)/diff?from=edited&to=edited")
        #expect(same.status == 200 && same.text.contains("id=\"no-changes\""))

        // The history links each step to its own diff, and the links work.
        let article = try editor.get("/articles/\(id)").text
        let links = article.components(separatedBy: "class=\"diff-link\"").count - 1
        let events = try jsonArray(try newsroom.ok(["log", id, "--format", "json"]))
        #expect(links == events.count - 1, "every step but the creation")
        let first = try #require(article.range(of: #"/articles/[^"]+/diff\?from=[0-9a-f]+&amp;to=[0-9a-f]+"#, options: .regularExpression))
        let href = String(article[first]).replacingOccurrences(of: "&amp;", with: "&")
        #expect(try editor.get(href).status == 200, "\(href)")

        // Revisions that are none, or hostile: refused in words, escaped, nothing else shown.
        for bad in ["from=khong-co", "from=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "from=..%2F..%2Fetc%2Fpasswd", "to=HEAD~999"] {
            let refused = try editor.get("/articles/\(id)/diff?" + bad)
            #expect(refused.status == 404 || refused.status == 409, "\(bad): \(refused.status)")
            #expect(!refused.text.contains("<script>") && !refused.text.contains("<ins>"), "\(bad)")
        }
        #expect(try editor.get("/articles/khong-co-bai-nay/diff").status == 404)
        #expect(try LoopbackHTTP.request(port: desk.port, "GET", "/articles/\(id)/diff").status == 303, "needs a session")
    }
}
