import Foundation
import Testing

/// Issue 12: `galley embargo` — a time before which no publication may take effect,
/// set by those who approve or publish, recorded in front matter without a change of state.
@Suite("Embargo")
struct EmbargoTests {
    static func approved(_ room: Newsroom, _ title: String) throws -> String {
        let id = try room.newArticle(title)
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief)])
        return id
    }

    @Test("an editor sets it: front matter embargo, state kept, an embargo step in the trailers")
    func setByAnEditor() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài có lệnh cấm")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let until = "\(SchedulingTests.day(2)) 06:00"
        try room.ok(["embargo", id, "--until", until, "-m", "Theo yêu cầu của Bộ"], as: Newsroom.editor)
        let file = try room.committedFile(try room.articlePath(id))
        #expect(file.contains("\nembargo: \(SchedulingTests.day(2))T06:00:00+07:00\n") && file.contains("state: submitted\n"), "\(file)")
        let trailers = try room.trailers()
        #expect(trailers.contains("Galley-Transition: embargo") && trailers.contains("Galley-From: submitted")
                && trailers.contains("Galley-To: submitted") && trailers.contains("Galley-Role: editor"), "\(trailers)")
        #expect(string(try room.show(id), "embargo") == "\(SchedulingTests.day(2))T06:00:00+07:00")
        let log = try jsonArray(try room.ok(["log", "--transition", "embargo", "--format", "json"]))
        #expect(log.count == 1 && string(log[0], "note") == "Theo yêu cầu của Bộ")
        #expect(try room.auditVerify().ok == true)
    }

    @Test("a reporter may not set one; nor may anyone on a published article or for a past time")
    func refusals() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài của phóng viên")
        let out = try Self.approved(room, "Bài đã ra")
        try room.steps(out, [("publish", Newsroom.chief)])
        let before = try room.head()
        for (arguments, person) in [
            (["embargo", id, "--until", "2099-01-01 06:00"], Newsroom.reporter),
            (["embargo", out, "--until", "2099-01-01 06:00"], Newsroom.chief),
            (["embargo", id, "--until", "2001-01-01 06:00"], Newsroom.editor),
            (["embargo", id, "--lift"], Newsroom.editor),
        ] {
            let refused = try room.galley(arguments, as: person)
            #expect(refused.status == 3, "\(arguments): \(refused)")
            #expect(refused.stderrLines.count == 1, "\(refused.stderr)")
        }
        #expect(try room.head() == before)
    }

    @Test("no publication before it: publish now and --at too early are refused in both languages; --at its time works")
    func publicationWaits() throws {
        let room = try Newsroom()
        let id = try Self.approved(room, "Bài cấm đăng")
        let day = SchedulingTests.day(3)
        try room.ok(["embargo", id, "--until", "\(day) 06:00"], as: Newsroom.chief)
        let before = try room.head()
        for language in ["en", "vi"] {
            let now = try room.galley(["publish", id], as: Newsroom.chief, environment: ["GALLEY_LANG": language])
            #expect(now.status == 3, "\(now)")
            #expect(now.stderr.contains("\(day)T06:00:00+07:00") && now.stderr.contains(language == "vi" ? "cấm đăng" : "embargo"), "\(now.stderr)")
        }
        let early = try room.galley(["publish", id, "--at", "\(day) 05:59"], as: Newsroom.chief)
        #expect(early.status == 3, "\(early)")
        #expect(try room.head() == before)
        try room.ok(["publish", id, "--at", "\(day) 06:00"], as: Newsroom.chief)
        #expect(try room.state(id) == "published")
        #expect(try room.auditVerify().ok == true)
    }

    @Test("lifting it lets the publication through; moving it is another embargo step")
    func liftAndMove() throws {
        let room = try Newsroom()
        let id = try Self.approved(room, "Bài bỏ cấm")
        try room.ok(["embargo", id, "--until", "2099-01-01 06:00"], as: Newsroom.editor)
        try room.ok(["embargo", id, "--until", "2098-01-01 06:00"], as: Newsroom.editor)
        #expect(string(try room.show(id), "embargo") == "2098-01-01T06:00:00+07:00")
        let same = try room.galley(["embargo", id, "--until", "2098-01-01 06:00"], as: Newsroom.editor)
        #expect(same.status == 3, "\(same)")
        try room.ok(["embargo", id, "--lift"], as: Newsroom.chief)
        #expect(try room.show(id)["embargo"] is NSNull)
        #expect(!(try room.committedFile(try room.articlePath(id))).contains("embargo:"))
        try room.steps(id, [("publish", Newsroom.chief)])
        #expect(try room.auditVerify().ok == true)
    }
}
