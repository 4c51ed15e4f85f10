import Foundation
import Testing

@testable import Galley

/// Issue 12: the notes listings and `show` carry — the last step's note, the step that sent an
/// article back — are the same read from the index and read from git (git stays the truth).
@Suite("notes from the index and from git")
struct HistoryNotesTests {
    /// A bare newsroom in a temporary folder: one article sent back, one resubmitted after it came
    /// back, one created only; the folder goes with the value.
    final class Room {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-notes-\(UUID().uuidString)")
        let newsroom: Newsroom
        var ids: [String] = []

        init() throws {
            (newsroom, _) = try Newsroom.initialize(
                NewsroomSetup(path: folder.appendingPathComponent("news.git").path, bare: true, adminID: "quantri", adminName: "Quản Trị"))
            for (id, role) in [("pv", "reporter"), ("bt", "editor"), ("tbt", "chief")] {
                _ = try newsroom.addPerson(id: id, name: id.uppercased(), email: "\(id)@example.vn", roles: [role], actorID: "quantri")
            }
            for title in ["Bài bị trả lại", "Bài nộp lại", "Bài mới"] {
                ids.append(try newsroom.create(NewArticle(title: title, body: "Nội dung.\n"), actorID: "pv").event.article ?? "")
            }
            for id in ids.prefix(2) {
                _ = try newsroom.transition(id, "submit", note: "Nhờ xem", actorID: "pv")
                _ = try newsroom.transition(id, "approve", note: nil, actorID: "bt")
                _ = try newsroom.transition(id, "reject", note: "Thiếu nguồn \(id)", actorID: "tbt")
            }
            _ = try newsroom.save(ids[1], content: .body("Đã thêm nguồn.\n"), actorID: "pv")
            _ = try newsroom.transition(ids[1], "submit", note: nil, actorID: "pv")
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func lastNotesAgree() throws {
        let room = try Room()
        let tip = try room.newsroom.snapshot().commit.hex
        let fromIndex = try room.newsroom.list(ArticleFilter())
        let fromGit = try room.newsroom.list(ArticleFilter(), at: tip)
        // The index holds no bodies; everything else is the same.
        #expect(fromIndex.map { [$0.path, $0.document.meta.id, $0.lastNote] } == fromGit.map { [$0.path, $0.document.meta.id, $0.lastNote] })
        #expect(fromIndex.map(\.document.meta) == fromGit.map(\.document.meta))
        let notes = room.ids.map { id in fromIndex.first { $0.document.meta.id == id }?.lastNote }
        #expect(notes == ["Thiếu nguồn \(room.ids[0])", nil, nil])
        #expect(fromIndex.count == 3)
        #expect(try room.ids.map { try room.newsroom.show($0).article.lastNote } == notes)
    }

    @Test func roundsAgree() throws {
        let room = try Room()
        let snapshot = try room.newsroom.snapshot()
        let workflow = snapshot.workflow
        let fromIndex = try room.newsroom.index().roundBeginnings(of: room.ids, roundStates: workflow.roundStates)
        let fromGit = try room.newsroom.roundBeginningsFromHistory(of: room.ids, workflow: workflow)
        #expect(fromIndex == fromGit)
        #expect(room.ids.map { fromIndex[$0]?.transition } == ["reject", "reject", "create"])
        #expect(try room.newsroom.sentBack(room.ids, workflow: workflow).keys.sorted() == room.ids.prefix(2).sorted())
        for id in room.ids {
            let atTip = try room.newsroom.round(of: id, in: snapshot, atTip: true)
            #expect(atTip == (try room.newsroom.round(of: id, in: snapshot, atTip: false)))
            #expect(atTip.began == fromIndex[id])
        }
        let resubmitted = try room.newsroom.round(of: room.ids[1], in: snapshot, atTip: true)
        #expect(resubmitted.steps.compactMap(\.transition) == ["reject", "revise", "submit"])
        #expect(resubmitted.notes.compactMap(\.note) == ["Thiếu nguồn \(room.ids[1])"])
        #expect(resubmitted.sentBack?.actor == "tbt")
    }
}
