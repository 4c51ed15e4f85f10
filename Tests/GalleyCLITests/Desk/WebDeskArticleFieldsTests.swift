import Foundation
import Testing

/// Issue 14: the article page shows the sapo, the source and who it is assigned to; the queue
/// says what is assigned to you, first (as `galley queue`).
@Suite("The web desk: the article's fields and assignments", .serialized)
struct WebDeskArticleFieldsTests {
    @Test("sapo, source and assignee on the article page; the assignment marked in the editor's queue")
    func fieldsAndAssignment() throws {
        let room = try Newsroom()
        let password = WebDeskConcurrencyTests.password
        try #require(try room.galleyWithInput(["people", "password", Newsroom.editor, "--stdin"], as: Newsroom.admin, input: password).status == 0)
        let made = try room.ok(
            ["new", "Bài có sapo", "--summary", "Sapo <b>của</b> bài.", "--source", "Theo TTXVN", "--body-file", try room.writeScratch("b.md", "Thân bài.\n")],
            as: Newsroom.reporter)
        let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let other = try room.newArticle("Bài không giao")
        try room.steps(id, [("submit", Newsroom.reporter)])
        try room.steps(other, [("submit", Newsroom.reporter)])
        try room.ok(["assign", id, "--to", Newsroom.editor], as: Newsroom.chief)
        let desk = try DeskProcess(room)
        defer { desk.stop() }
        let session = try WebDeskConcurrencyTests.session(room, desk, Newsroom.editor)
        let page = try LoopbackHTTP.request(port: desk.port, "GET", "/articles/\(id)", headers: [("Cookie", session.cookie), ("Cookie", "galley_lang=en")])
        #expect(page.text.contains("Sapo &lt;b&gt;của&lt;/b&gt; bài.") && page.text.contains("Theo TTXVN"), "\(page.text)")
        #expect(page.text.contains("id=\"field-assignee\">\(Newsroom.editor)<"), "\(page.text)")
        let queue = try LoopbackHTTP.request(port: desk.port, "GET", "/queue", headers: [("Cookie", session.cookie)])
        let assigned = try #require(queue.text.range(of: "data-article=\"\(id)\""))
        let notAssigned = try #require(queue.text.range(of: "data-article=\"\(other)\""))
        #expect(assigned.lowerBound < notAssigned.lowerBound, "assigned first")
        #expect(queue.text.components(separatedBy: "Giao cho bạn").count == 2, "one assigned marker: \(queue.text)")
    }
}
