import Foundation
import Testing

/// `fsync: false` in galley.yaml: accepted, used by writes, and validated.
@Suite("Concurrency: fsync setting")
struct DurabilitySettingTests {
    @Test("config set fsync false works and later steps still record; a wrong value is refused")
    func fsyncOff() throws {
        let room = try Newsroom(bare: true)
        try room.ok(["config", "set", "fsync", "false"], as: Newsroom.admin)
        #expect(try room.committedFile("galley.yaml").contains("fsync: false") || room.committedFile("galley.yaml").contains("fsync: \"false\""))
        let id = try room.newArticle("Bài trong kho tạm")
        try room.steps(id, [("submit", Newsroom.reporter)])
        #expect(try room.state(id) == "submitted")
        let wrong = try room.galley(["config", "set", "fsync", "maybe"], as: Newsroom.admin)
        #expect(wrong.status != 0 && wrong.stderr.contains("fsync"), "\(wrong)")
        #expect(try room.fsck().status == 0)
        #expect(try room.galley(["verify"]).status == 0)
    }
}
