import Foundation
import Testing

/// Issue 13: the web desk's `/verify` says each violation in the reader's language (the
/// session's choice), while the rule and the commit stay as verify's JSON names them.
@Suite("The web desk's verify page speaks the reader's language", .serialized)
struct WebDeskVerifyLanguageTests {
    @Test func eachViolationInTheChosenLanguage() throws {
        let (newsroom, id) = try WebDeskAuditTests.newsroom()
        // A plain git commit edits the article by hand: a violation naming its index.md.
        let path = try #require(try jsonObject(try newsroom.ok(["show", id, "--format", "json"]))["path"] as? String)
        let file = newsroom.repo.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "state: edited", with: "state: published").write(to: file, atomically: true, encoding: .utf8)
        _ = try newsroom.gitOut(["-c", "user.name=Kẻ Lạ", "-c", "user.email=la@example.vn", "commit", "-q", "-a", "-m", "xuất bản tay"])
        let commit = try newsroom.head()

        let desk = try DeskProcess(newsroom)
        defer { desk.stop() }
        let auditor = try DeskVisitor(desk, WebDeskAuditTests.auditor, WebDeskAuditTests.password)
        func page(_ language: String) throws -> String {
            let reply = try LoopbackHTTP.request(
                port: desk.port, "GET", "/verify", headers: [("Cookie", auditor.cookie + "; galley_lang=" + language)])
            #expect(reply.status == 200)
            return reply.text
        }
        let vietnamese = try page("vi")
        let english = try page("en")
        for html in [vietnamese, english] {
            #expect(html.contains("data-commit=\"\(commit)\"") && html.contains("<code>outside-workflow</code>"), "\(html)")
            #expect(html.contains(path), "the path is named: \(html)")
        }
        #expect(vietnamese.contains("bị thay đổi mà không qua bước nào của Galley"), "\(vietnamese)")
        #expect(!vietnamese.contains("changed without a Galley step"), "no English sentence on the Vietnamese page")
        #expect(english.contains("changed without a Galley step (plain git?)"), "\(english)")
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping)
    }
}
