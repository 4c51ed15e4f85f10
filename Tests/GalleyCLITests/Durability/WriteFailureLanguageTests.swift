import Foundation
import Testing

/// A step that is allowed but cannot be recorded says why in the reader's language, and
/// records nothing.
@Suite("A step that cannot be recorded, in Vietnamese")
struct WriteFailureLanguageTests {
    @Test("git's index locked by another command: the Vietnamese says which file, and the branch stays")
    func indexLocked() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài gặp chỉ mục bị khóa")
        let before = try room.head()
        let lock = room.repo.appendingPathComponent(".git/index.lock")
        try Data().write(to: lock)
        defer { try? FileManager.default.removeItem(at: lock) }
        let run = try room.galley(["--lang", "vi", "submit", id], as: Newsroom.reporter)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Chỉ mục của git đang bị khóa") && run.stderr.contains("index.lock"), "\(run)")
        #expect(try room.head() == before)
        #expect(try room.state(id) == "draft")
    }
}
