import Foundation
import Testing

/// Issue 12: `publish --at` publishes for a future time the way Hugo honours without a daemon
/// (front matter `publishDate`), read in the newsroom's time zone; `list --scheduled` shows what is coming.
@Suite("Scheduled publication")
struct SchedulingTests {
    /// "YYYY-MM-DD" of `days` from now in Asia/Ho_Chi_Minh (the newsroom's zone).
    static func day(_ days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .gmt
        let date = Date().addingTimeInterval(TimeInterval(days * 86_400))
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    static func approved(_ room: Newsroom, _ title: String) throws -> String {
        let id = try room.newArticle(title)
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief)])
        return id
    }

    @Test("publish --at writes publishDate in the newsroom's zone; list --scheduled shows it; verify is clean")
    func scheduled() throws {
        let room = try Newsroom()
        let later = try Self.approved(room, "Bài hẹn giờ")
        let now = try Self.approved(room, "Bài đăng ngay")
        let tomorrow = Self.day(1)
        let published = try room.ok(["publish", later, "--at", "\(tomorrow) 06:00", "--format", "json"], as: Newsroom.chief)
        #expect(string(try jsonObject(published), "to") == "published")
        try room.steps(now, [("publish", Newsroom.chief)])
        let file = try room.committedFile(try room.articlePath(later))
        #expect(file.contains("draft: false\n") && file.contains("\npublishDate: \(tomorrow)T06:00:00+07:00\n"), "\(file)")
        #expect(!(try room.committedFile(try room.articlePath(now))).contains("publishDate"))
        #expect(string(try room.show(later), "publish_at") == "\(tomorrow)T06:00:00+07:00")
        #expect(try room.show(now)["publish_at"] is NSNull)
        let coming = try jsonArray(try room.ok(["list", "--scheduled", "--format", "json"])).compactMap { string($0, "id") }
        #expect(coming == [later])
        let text = try room.ok(["list", "--scheduled"], environment: ["GALLEY_LANG": "vi"]).stdout
        #expect(text.contains("HIỆN TỪ") && text.contains("06:00 \(tomorrow.split(separator: "-").reversed().joined(separator: "/"))"), "\(text)")
        #expect(!text.contains(now))
        #expect(try room.auditVerify().ok == true)
    }

    @Test("ISO 8601 with another offset is stored at the newsroom's offset")
    func isoTime() throws {
        let room = try Newsroom()
        let id = try Self.approved(room, "Bài giờ quốc tế")
        try room.ok(["publish", id, "--at", "2099-01-01T00:00:00Z"], as: Newsroom.chief)
        #expect(string(try room.show(id), "publish_at") == "2099-01-01T07:00:00+07:00")
        #expect(try room.auditVerify().ok == true)
    }

    @Test("a time past or unreadable is refused, exit 3, nothing written", arguments: ["2001-01-01 06:00", "ngày mai", "2026-13-01 06:00"])
    func refused(_ at: String) throws {
        let room = try Newsroom()
        let id = try Self.approved(room, "Bài lỗi giờ")
        let before = try room.head()
        for language in ["en", "vi"] {
            let result = try room.galley(["publish", id, "--at", at], as: Newsroom.chief, environment: ["GALLEY_LANG": language])
            #expect(result.status == 3, "\(result)")
            #expect(result.stderr.contains("--at") && result.stderrLines.count == 1, "\(result.stderr)")
        }
        #expect(try room.head() == before)
    }
}
