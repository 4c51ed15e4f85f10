import Foundation
import GitKit
import Testing

@testable import Galley

/// A step on an article the index has not seen yet (made by another process's `new`, which does
/// not index what it writes) brings the index forward instead of scanning every day folder; an
/// index left behind by rewritten history is not brought forward for the hint (git is read).
@Suite("the index hint of a step catches up")
struct IndexHintCatchUpTests {
    final class Room {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-hint-\(UUID().uuidString)")
        let path: String
        let writer: Newsroom

        init() throws {
            path = folder.appendingPathComponent("news.git").path
            (writer, _) = try Newsroom.initialize(NewsroomSetup(path: path, bare: true, adminID: "quantri", adminName: "Quản Trị"))
            for (id, role) in [("pv", "reporter"), ("bt", "editor")] {
                _ = try writer.addPerson(id: id, name: id.uppercased(), email: "\(id)@example.vn", roles: [role], actorID: "quantri")
            }
            _ = try writer.list(ArticleFilter())  // the index, built at this tip
        }

        /// Another process: a handle of its own, with its own index connection.
        func otherProcess() throws -> Newsroom { try Newsroom.open(path: path, currentDirectory: folder.path) }

        func indexedCommit(_ newsroom: Newsroom) throws -> String? {
            try newsroom.openedIndex().read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'commit'") }
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    @Test("submit right after another process's new: the index learns the article, the step is right")
    func submitAfterNew() throws {
        let room = try Room()
        let id = try #require(try room.otherProcess().create(NewArticle(title: "Bài vừa viết", body: "Nội dung.\n"), actorID: "pv").event.article)
        let submitter = try room.otherProcess()
        #expect(try submitter.openedIndex().path(of: id) == nil, "the index does not know the new article yet")
        let step = try submitter.transition(id, "submit", note: nil, actorID: "pv")
        #expect(step.event.to == "submitted")
        let path = try #require(try submitter.openedIndex().path(of: id), "the step brought the index forward")
        #expect(try submitter.snapshot().path(ofArticle: id) == path)
        #expect(try room.otherProcess().show(id).article.document.meta.state == "submitted")
    }

    @Test("history rewritten under the index: the step finds the article in git, and the index ends right")
    func rewrittenHistory() throws {
        let room = try Room()
        let first = try #require(try room.writer.create(NewArticle(title: "Bài thứ nhất", body: "Một.\n"), actorID: "pv").event.article)
        _ = try room.writer.list(ArticleFilter())  // indexed with the first article
        let indexed = try #require(try room.indexedCommit(room.writer))
        // Plain git moves the branch back to before the first article: the indexed commit is no longer an ancestor.
        let repository = try Repository.open(at: room.path)
        let tip = try repository.resolveCommit("refs/heads/main")
        let parent = try #require(try repository.commit(tip).parents.first)
        try repository.updateReference("refs/heads/main", to: parent, expecting: tip, logMessage: "test: rewrite")
        let second = try #require(try room.otherProcess().create(NewArticle(title: "Bài thứ hai", body: "Hai.\n"), actorID: "pv").event.article)
        let stepper = try room.otherProcess()
        // `new` rebuilt the index for itself; put it back as it was before the rewrite, without the second article.
        try stepper.openedIndex().write { db in
            try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'commit'", arguments: [indexed])
            try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [second])
        }
        let step = try stepper.transition(second, "submit", note: nil, actorID: "pv")
        #expect(step.event.to == "submitted")
        #expect(try stepper.snapshot().article(second).document.meta.state == "submitted")
        // The first article is gone from the branch, the second is there.
        let listed = try room.otherProcess().list(ArticleFilter()).map(\.document.meta.id)
        #expect(listed.contains(second) && !listed.contains(first), "\(listed)")
    }
}
