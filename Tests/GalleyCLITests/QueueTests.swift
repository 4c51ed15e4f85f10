import Foundation
import Testing

/// Issue 12: `queue` is what waits on you — articles you may move on — and `queue --all`
/// everything you may do. A published article waits for nobody, however many there are.
@Suite("queue: what waits on you, and --all")
struct QueueTests {
    static func ids(_ result: RunResult) throws -> [String] { try jsonArray(result).compactMap { string($0, "id") } }

    @Test("the chief's queue after 50 publications holds none of them; queue --all holds all of them")
    func fiftyPublications() throws {
        let room = try Newsroom()
        var published: [String] = []
        for number in 1...50 {
            let id = try room.newArticle("Bài đã đăng số \(number)")
            try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief), ("publish", Newsroom.chief)])
            published.append(id)
        }
        let waiting = try room.newArticle("Bài chờ tổng biên tập duyệt")
        try room.steps(waiting, [("submit", Newsroom.reporter), ("approve", Newsroom.editor)])

        let queue = try Self.ids(try room.ok(["queue", "--format", "json"], as: Newsroom.chief))
        #expect(queue == [waiting], "\(queue)")
        let text = try room.ok(["queue"], as: Newsroom.chief).stdout
        #expect(text.contains(waiting) && !published.contains { text.contains($0) }, "\(text)")

        let all = try jsonArray(try room.ok(["queue", "--all", "--format", "json"], as: Newsroom.chief))
        #expect(Set(all.compactMap { string($0, "id") }) == Set(published + [waiting]), "\(all.count) items")
        for item in all where string(item, "id") != waiting {
            #expect(item["steps"] as? [String] == ["retract", "correct"], "\(item)")
            #expect(item["may_edit"] as? Bool == false)
        }
        let csv = try room.ok(["queue", "--all", "--format", "csv", "--limit", "3"], as: Newsroom.chief).stdout
        #expect(csv.split(separator: "\n").count == 4, "header and three rows: \(csv)")
    }

    @Test("sending back or dropping is no reason to wait: the editor's queue holds submissions, not drafts or approved articles")
    func waitingMeansMovingOn() throws {
        let room = try Newsroom()
        let draft = try room.newArticle("Bản nháp của phóng viên")
        let submitted = try room.newArticle("Bài đã nộp")
        try room.steps(submitted, [("submit", Newsroom.reporter)])
        let edited = try room.newArticle("Bài đã biên tập")
        try room.steps(edited, [("submit", Newsroom.reporter), ("approve", Newsroom.editor)])

        // The editor may spike the draft and send the edited article back, but only the submission waits on them.
        let editor = try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.editor))
        #expect(editor.compactMap { string($0, "id") } == [submitted], "\(editor)")
        #expect(editor.first?["steps"] as? [String] == ["approve", "reject"], "what else they may do is listed: \(editor)")
        let editorAll = try Self.ids(try room.ok(["queue", "--all", "--format", "json"], as: Newsroom.editor))
        #expect(Set(editorAll) == [draft, submitted, edited], "\(editorAll)")

        // The reporter's draft waits on the reporter (submit).
        #expect(try Self.ids(try room.ok(["queue", "--format", "json"], as: Newsroom.reporter)) == [draft])
        let chief = try Self.ids(try room.ok(["queue", "--format", "json"], as: Newsroom.chief))
        #expect(chief == [edited], "\(chief)")
    }
}
