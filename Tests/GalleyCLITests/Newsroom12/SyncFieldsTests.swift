import Foundation
import Testing

/// Issue 12 across clones: a summary, an embargo and a scheduled publication made on three
/// laptops travel through sync's replay and the central check like every other step.
@Suite("Sync: summary, embargo and schedule")
struct SyncFieldsTests {
    @Test("reporter writes a sapo, an editor embargoes, the chief publishes --at the embargo: all clones converge")
    func chain() throws {
        let setup = try SyncedNewsroom()
        let reporter = try setup.clone("phongvien", workTree: true)
        let editor = try setup.clone("bientap.git")
        let chief = try setup.clone("tongbientap.git")
        let id = try setup.newArticle(reporter, "Cầu Đồng Lạc thông xe", body: "Đoạn một.\n")
        try setup.ok(reporter, ["save", id, "--summary", "Sapo của bài.", "--source", "Theo TTXVN"], as: Newsroom.reporter)
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        try setup.sync(reporter)
        try setup.sync(editor)
        let until = "\(SchedulingTests.day(2)) 06:00"
        try setup.ok(editor, ["embargo", id, "--until", until], as: Newsroom.editor)
        try setup.ok(editor, ["approve", id], as: Newsroom.editor)
        try setup.sync(editor)
        try setup.sync(chief)
        try setup.ok(chief, ["approve", id], as: Newsroom.chief)
        let early = try setup.run(chief, ["publish", id], as: Newsroom.chief)
        #expect(early.status == 3, "\(early)")
        try setup.ok(chief, ["publish", id, "--at", until], as: Newsroom.chief)
        try setup.sync(chief)
        try setup.sync(reporter)
        try setup.sync(editor)
        try setup.expectConverged([reporter, editor, chief])
        let shown = try jsonObject(try setup.ok(reporter, ["show", id, "--format", "json"]))
        #expect(string(shown, "summary") == "Sapo của bài." && string(shown, "publish_at") == "\(SchedulingTests.day(2))T06:00:00+07:00")
        #expect(string(shown, "embargo") == "\(SchedulingTests.day(2))T06:00:00+07:00")
    }

    @Test("two editors embargo one article offline: the second is kept aside, and resolving it sets its own time")
    func embargoConflict() throws {
        let setup = try SyncedNewsroom()
        let reporter = try setup.clone("pv.git"), first = try setup.clone("bt1.git"), second = try setup.clone("bt2.git")
        let id = try setup.newArticle(reporter, "Bài hai lệnh cấm", body: "Nội dung.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        try setup.sync(reporter)
        try setup.sync(first)
        try setup.sync(second)
        try setup.ok(first, ["embargo", id, "--until", "2099-01-01 06:00"], as: Newsroom.editor)
        try setup.ok(second, ["embargo", id, "--until", "2098-06-01 09:30"], as: SyncedNewsroom.secondEditor.id)
        try setup.sync(first)
        let kept = try setup.run(second, ["sync"])
        #expect(kept.status == 5, "\(kept)")
        try setup.ok(second, ["conflicts", "resolve", id], as: SyncedNewsroom.secondEditor.id)
        try setup.sync(second)
        try setup.expectConverged([reporter, first, second])
        let shown = try jsonObject(try setup.ok(reporter, ["show", id, "--format", "json"]))
        #expect(string(shown, "embargo") == "2098-06-01T09:30:00+07:00", "\(shown)")
    }
}
