import Foundation
import Testing

/// A value typed that breaks a rule is refused in the reader's language (exit 3), and nothing is written.
@Suite("Input rules, in Vietnamese")
struct InputRuleLanguageTests {
    @Test("an email a git signature cannot hold: refused in Vietnamese, people.yaml unchanged")
    func badEmail() throws {
        let room = try Newsroom()
        let before = try room.head()
        let run = try room.galley(["people", "add", "nguoimoi", "--name", "Người Mới", "--email", "moi@a@example.vn", "--role", "reporter"],
                                  as: Newsroom.admin, environment: ["GALLEY_LANG": "vi"])
        #expect(run.status == 3, "\(run)")
        #expect(run.stderr.contains("'moi@a@example.vn' không phải địa chỉ email: cần đúng một dấu '@' giữa tên và tên miền"), "\(run.stderr)")
        #expect(try room.head() == before)
    }

    @Test("a date that is none for log: refused in Vietnamese, with the words given")
    func notADate() throws {
        let room = try Newsroom()
        let run = try room.galley(["log", "--since", "hôm qua"], as: Newsroom.reporter, environment: ["GALLEY_LANG": "vi"])
        #expect(run.status == 3, "\(run)")
        #expect(run.stderr.contains("'hôm qua' không phải ngày (YYYY-MM-DD) hay thời điểm ISO 8601"), "\(run.stderr)")
        let english = try room.galley(["log", "--since", "hôm qua"], as: Newsroom.reporter)
        #expect(english.stderr.contains("'hôm qua' is not a date (YYYY-MM-DD) or an ISO 8601 time"), "\(english.stderr)")
    }

    @Test("a title of spaces only: refused in Vietnamese, no article made")
    func emptyTitle() throws {
        let room = try Newsroom()
        let before = try room.head()
        let run = try room.galley(["new", "   "], as: Newsroom.reporter, environment: ["GALLEY_LANG": "vi"])
        #expect(run.status == 3, "\(run)")
        #expect(run.stderr.contains("Tiêu đề đang để trống"), "\(run.stderr)")
        #expect(try room.head() == before)
    }
}
