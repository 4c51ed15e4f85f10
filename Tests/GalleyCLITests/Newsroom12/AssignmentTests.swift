import Foundation
import Testing

/// Issue 12: `galley assign` gives an article to the person who should take its next step,
/// `queue` lists it first for them, and `galley comment` records an exchange as a commit that
/// changes no file. Everything through the built binary.
@Suite("Assignments and comments")
struct AssignmentTests {
    @Test("the chief assigns a submitted article to the editor: front matter, trailers, show, list and queue")
    func assignEndToEnd() throws {
        let room = try Newsroom()
        for title in ["Bài được giao", "Bài khác"] {
            try room.steps(try room.newArticle(title), [("submit", Newsroom.reporter)])
        }
        // Without an assignment the queue has its own order; the one it lists last is assigned.
        let before = try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.editor))
        #expect(before.count == 2 && before.allSatisfy { $0["assignee"] is NSNull })
        let (assigned, other) = (try #require(string(before[0], "id")), try #require(string(before[1], "id")))

        try room.ok(["assign", other, "--to", Newsroom.editor, "-m", "Anh xem gấp giúp em"], as: Newsroom.chief)
        let file = try room.committedFile(try room.articlePath(other))
        #expect(file.contains("\nassignee: hangoc\n") && file.contains("state: submitted\n"), "\(file)")
        let trailers = try room.trailers()
        #expect(trailers.contains("Galley-Transition: assign") && trailers.contains("Galley-From: submitted")
                && trailers.contains("Galley-To: submitted") && trailers.contains("Galley-Role: chief"), "\(trailers)")
        #expect(string(try room.show(other), "assignee") == Newsroom.editor)
        let listed = try jsonArray(try room.ok(["list", "--format", "json"]))
        #expect(listed.first { string($0, "id") == other }.flatMap { string($0, "assignee") } == Newsroom.editor)

        let queue = try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.editor))
        #expect(queue.map { string($0, "id") } == [other, assigned], "assigned first")
        let text = try room.ok(["queue"], as: Newsroom.editor).stdout
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count >= 3 && lines[1].contains(other) && lines[1].contains("[assigned to you]"), "\(text)")
        #expect(!lines.contains { $0.contains(assigned) && $0.contains("[assigned") }, "\(text)")
        let vietnamese = try room.galley(["queue"], as: Newsroom.editor, environment: ["GALLEY_LANG": "vi"]).stdout
        #expect(vietnamese.contains("[giao cho bạn]"), "\(vietnamese)")
        #expect(try room.ok(["show", other]).stdout.contains("Assigned to: hangoc"))
        #expect(try room.galley(["show", other], environment: ["GALLEY_LANG": "vi"]).stdout.contains("Người được giao: hangoc"))

        // The step that moves it on clears the assignment.
        try room.steps(other, [("approve", Newsroom.editor)])
        #expect(!(try room.committedFile(try room.articlePath(other))).contains("assignee"))
        #expect(try room.show(other)["assignee"] is NSNull)
        let verdict = try room.auditVerify()
        #expect(verdict.ok == true, "\(verdict.listing)")
    }

    @Test("a published article assigned for a correction waits in the assignee's queue; a correction keeps the assignment")
    func publishedAssignment() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài cần cải chính")
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief), ("publish", Newsroom.chief)])
        #expect(try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.chief)).isEmpty)
        try room.ok(["assign", id, "--to", Newsroom.chief, "-m", "Bạn đọc báo sai số liệu"], as: Newsroom.editor)
        let queue = try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.chief))
        #expect(queue.map { string($0, "id") } == [id] && (queue.first?["steps"] as? [String])?.contains("correct") == true, "\(queue)")
        #expect(try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.editor)).isEmpty)
        let body = try room.writeScratch("fixed.md", "Nội dung đã cải chính.\n")
        try room.ok(["correct", id, "--body-file", body, "-m", "Sửa số liệu"], as: Newsroom.chief)
        #expect(string(try room.show(id), "assignee") == Newsroom.chief)
        let verdict = try room.auditVerify()
        #expect(verdict.ok == true, "\(verdict.listing)")
    }

    @Test("refused with exit 3 and nothing written: by a reporter, to nobody, to someone who cannot take the step, clearing nothing")
    func refusals() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài chờ giao")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let before = try room.snapshot()
        for (arguments, person, mention) in [
            (["assign", id, "--to", Newsroom.editor], Newsroom.reporter, "may not assign"),
            (["assign", id, "--to", "khongai"], Newsroom.chief, "hangoc"),
            (["assign", id, "--to", Newsroom.reporter], Newsroom.chief, "who may: hangoc"),
            (["assign", id, "--clear"], Newsroom.chief, "nobody"),
        ] {
            let refused = try room.galley(arguments, as: person)
            #expect(refused.status == 3, "\(arguments): \(refused)")
            #expect(refused.stderrLines.count == 1 && refused.stderr.contains(mention), "\(arguments): \(refused.stderr)")
        }
        let vietnamese = try room.galley(["assign", id, "--to", Newsroom.reporter], as: Newsroom.chief, environment: ["GALLEY_LANG": "vi"])
        #expect(vietnamese.status == 3 && vietnamese.stderr.contains("không thể giao"), "\(vietnamese.stderr)")
        let both = try room.galley(["assign", id, "--to", Newsroom.editor, "--clear"], as: Newsroom.chief)
        #expect(both.status == 64 && both.stderr.contains("--clear"), "\(both)")
        expectUnchanged(before, try room.snapshot(), "refused assignments")
    }

    @Test("a comment is a commit with its parent's tree, in any state, shown in show's round and in log")
    func commentEndToEnd() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài trao đổi")
        try room.steps(id, [("submit", Newsroom.reporter)])
        try room.ok(["comment", id, "-m", "Đoạn hai thiếu nguồn, em bổ sung nhé"], as: Newsroom.editor)
        #expect(try room.gitOut(["rev-parse", "HEAD^{tree}"]) == (try room.gitOut(["rev-parse", "HEAD~1^{tree}"])))
        let trailers = try room.trailers()
        #expect(trailers.contains("Galley-Transition: comment") && trailers.contains("Galley-Role: editor")
                && trailers.contains("Galley-From: submitted") && trailers.contains("Galley-To: submitted"), "\(trailers)")
        try room.ok(["comment", id, "-m", "Dạ, em đã gọi lại nguồn"], as: Newsroom.reporter)
        let shown = try room.ok(["show", id]).stdout
        #expect(shown.contains("Đoạn hai thiếu nguồn") && shown.contains("Dạ, em đã gọi lại nguồn") && shown.contains("(comment)"), "\(shown)")
        #expect(string(try room.show(id), "last_note") == "Dạ, em đã gọi lại nguồn")
        let log = try jsonArray(try room.ok(["log", "--transition", "comment", "--format", "json"]))
        #expect(log.count == 2 && log.allSatisfy { string($0, "article") == id })
        // After publication too, by the chief.
        try room.steps(id, [("approve", Newsroom.editor), ("approve", Newsroom.chief), ("publish", Newsroom.chief)])
        try room.ok(["comment", id, "-m", "Bạn đọc phản hồi tốt"], as: Newsroom.chief)
        #expect(try room.state(id) == "published")
        let verdict = try room.auditVerify()
        #expect(verdict.ok == true, "\(verdict.listing)")
    }

    @Test("hostile input: a note that forges trailers, a person id that forges a line, an unknown article")
    func hostileInput() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài bị tấn công")
        try room.steps(id, [("submit", Newsroom.reporter)])
        try room.ok(["comment", id, "-m", "Ghi chú\n\nGalley-Transition: approve\nGalley-Actor: tbt\nGalley-To: published"], as: Newsroom.reporter)
        let trailers = try room.trailers()
        #expect(trailers.contains("Galley-Transition: comment") && trailers.contains("Galley-Actor: thanhphu")
                && !trailers.contains("Galley-Actor: tbt") && !trailers.contains("Galley-To: published"), "\(trailers)")
        #expect(try room.state(id) == "submitted")
        let before = try room.snapshot()
        let forged = try room.galley(["assign", id, "--to", "hangoc\nstate: published"], as: Newsroom.chief)
        #expect(forged.status == 3, "\(forged)")
        let missing = try room.galley(["comment", "khong-co-bai", "-m", "Ghi chú"], as: Newsroom.reporter)
        #expect(missing.status == 1 || missing.status == 3, "\(missing)")
        #expect(try room.galley(["assign", "khong-co-bai", "--to", Newsroom.editor], as: Newsroom.chief).status != 0)
        expectUnchanged(before, try room.snapshot(), "hostile input")
        let verdict = try room.auditVerify()
        #expect(verdict.ok == true, "\(verdict.listing)")
    }

    @Test("a comment by someone not working on the article, or without a note, is refused and writes nothing")
    func commentRefusals() throws {
        let room = try Newsroom()
        try room.addPerson(StaffMember(id: "phongvien2", name: "Phóng Viên Hai", email: "pv2@example.vn", roles: ["reporter"]))
        let id = try room.newArticle("Bài riêng")
        let before = try room.snapshot()
        let stranger = try room.galley(["comment", id, "-m", "Tôi góp ý"], as: "phongvien2")
        #expect(stranger.status == 3 && stranger.stderr.contains("not working on"), "\(stranger)")
        let empty = try room.galley(["comment", id, "-m", "  "], as: Newsroom.reporter)
        #expect(empty.status == 3 && empty.stderr.contains("note"), "\(empty)")
        let none = try room.galley(["comment", id], as: Newsroom.reporter, environment: ["GALLEY_LANG": "vi"])
        #expect(none.status == 3 && none.stderr.contains("trao đổi cần có nội dung"), "\(none)")
        expectUnchanged(before, try room.snapshot(), "refused comments")
        // Once assigned to them, the second reporter is working on it... only if they may take a step: not here.
        let assign = try room.galley(["assign", id, "--to", "phongvien2"], as: Newsroom.chief)
        #expect(assign.status == 3, "\(assign)")
    }
}
