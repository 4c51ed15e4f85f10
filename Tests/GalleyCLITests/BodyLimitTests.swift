import Foundation
import Testing

/// Issue 10: a body over the limit is refused when it is written; one at the limit
/// is written and stays readable (the front matter does not push it over a read limit).
@Suite("The body size limit holds when writing and reading")
struct BodyLimitTests {
    static let limit = 2 * 1024 * 1024

    /// `bytes` bytes of Vietnamese prose in lines, ending in one newline.
    static func body(bytes: Int) -> String {
        let line = "Thái Bình — một dòng của bài viết dài.\n"
        var text = String(repeating: line, count: bytes / line.utf8.count)
        text += String(repeating: "a", count: bytes - text.utf8.count - 1) + "\n"
        return text
    }

    @Test func aBodyAtTheLimitIsWrittenAndReadBack() throws {
        let room = try Newsroom()
        let text = Self.body(bytes: Self.limit)
        #expect(text.utf8.count == Self.limit)
        let id = try room.newArticle("Bài dài đúng giới hạn", body: text)
        let shown = try room.galley(["show", id, "--format", "json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let list = try room.galley(["list"])
        #expect(list.status == 0 && list.stdout.contains(id), "\(list.stderr)")
        #expect(try room.galley(["verify"]).status == 0)
    }

    @Test func aBodyOverTheLimitIsRefusedAndNothingWritten() throws {
        let room = try Newsroom()
        let before = try room.head()
        let file = try room.writeScratch("qua-dai.md", Self.body(bytes: Self.limit + 1))
        let refused = try room.galley(["new", "Bài quá dài", "--body-file", file], as: Newsroom.reporter)
        #expect(refused.status == 3, "\(refused)")
        #expect(refused.stderr.contains("limit"), "\(refused.stderr)")
        #expect(try room.head() == before)
        let id = try room.newArticle("Bài ngắn")
        let save = try room.galley(["save", id, "--body-file", file], as: Newsroom.reporter)
        #expect(save.status == 3, "\(save)")
    }
}
