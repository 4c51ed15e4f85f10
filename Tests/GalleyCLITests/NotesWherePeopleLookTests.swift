import Foundation
import Testing

/// Issue 12: notes where people look. `show` carries the last step's note (text and JSON)
/// and, in text, the notes of the current review round; `queue` says why an article came
/// back — the note of the step that sent it back.
@Suite("Notes in show and queue")
struct NotesWherePeopleLookTests {
    static let submitNote = "Nhờ anh xem giúp"
    static let rejectNote = "Thiếu nguồn ở đoạn hai"
    static let resubmitNote = "Đã bổ sung nguồn"

    /// Submitted with a note, approved by the editor, sent back by the chief with a note.
    static func sentBack() throws -> (room: Newsroom, id: String, beforeReject: String) {
        let room = try Newsroom()
        let id = try room.newArticle("Bài bị trả lại")
        try room.ok(["submit", id, "-m", submitNote], as: Newsroom.reporter)
        try room.ok(["approve", id], as: Newsroom.editor)
        let beforeReject = try room.head()
        try room.ok(["reject", id, "-m", rejectNote], as: Newsroom.chief)
        return (room, id, beforeReject)
    }

    /// The "notes this round" lines of text `show`.
    static func roundNotes(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("notes this round:") }) else { return [] }
        return Array(lines[(start + 1)...].prefix { $0.hasPrefix("  ") })
    }

    @Test("an article sent back shows the note in show and in the author's queue")
    func sentBackNote() throws {
        let (room, id, _) = try Self.sentBack()

        let shown = try room.show(id)
        #expect(string(shown, "last_note") == Self.rejectNote, "\(shown)")
        let listed = try jsonArray(try room.ok(["list", "--format", "json"]))
        #expect(listed.first { string($0, "id") == id }.flatMap { string($0, "last_note") } == Self.rejectNote, "\(listed)")
        let text = try room.ok(["show", id]).stdout
        let notes = Self.roundNotes(text)
        #expect(notes.count == 1 && notes[0].hasSuffix("\(Newsroom.chief) (reject): \(Self.rejectNote)"),
                "the round began with the step that sent it back: \(text)")
        #expect(text.contains("last step: reject (edited → returned), \(Newsroom.chief)"), "\(text)")
        #expect(!text.contains(Self.submitNote), "the last round's notes are not this round's: \(text)")

        let queue = try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.reporter))
        let item = try #require(queue.first { string($0, "id") == id }, "\(queue)")
        #expect(string(item, "last_note") == Self.rejectNote)
        let back = try #require(item["sent_back"] as? [String: Any], "\(item)")
        #expect(string(back, "note") == Self.rejectNote)
        #expect(string(back, "transition") == "reject" && string(back, "actor") == Newsroom.chief && string(back, "to") == "returned")
        #expect(string(back, "commit") == (try room.head()))
        let queueText = try room.ok(["queue"], as: Newsroom.reporter).stdout
        let lines = queueText.split(separator: "\n").map(String.init)
        let row = try #require(lines.firstIndex { $0.hasPrefix(id) }, "\(queueText)")
        #expect(row + 1 < lines.count && lines[row + 1].contains("sent back by \(Newsroom.chief) (reject") && lines[row + 1].contains(Self.rejectNote),
                "the reason stands under its row: \(queueText)")
        let csv = try room.ok(["queue", "--format", "csv"], as: Newsroom.reporter).stdout
        #expect(csv.split(separator: "\n").first?.hasSuffix(",steps,may_edit,sent_back") == true && csv.contains(Self.rejectNote), "\(csv)")

        let vietnamese = try room.ok(["queue"], as: Newsroom.reporter, environment: ["GALLEY_LANG": "vi"]).stdout
        #expect(vietnamese.contains("bị \(Newsroom.chief) trả lại") && vietnamese.contains(Self.rejectNote), "\(vietnamese)")
        let shownVietnamese = try room.ok(["show", id], environment: ["GALLEY_LANG": "vi"]).stdout
        #expect(shownVietnamese.contains("ghi chú trong vòng này") && shownVietnamese.contains("bước gần nhất"), "\(shownVietnamese)")
    }

    @Test("after the resubmission: the round's notes, the last note, and the editor still sees why it came back")
    func afterResubmission() throws {
        let (room, id, beforeReject) = try Self.sentBack()
        let body = try room.writeScratch("sua.md", "Nội dung đã bổ sung nguồn.\n")
        try room.ok(["save", id, "--body-file", body], as: Newsroom.reporter)
        try room.ok(["submit", id, "-m", Self.resubmitNote], as: Newsroom.reporter)

        let shown = try room.show(id)
        #expect(string(shown, "last_note") == Self.resubmitNote)
        let text = try room.ok(["show", id]).stdout
        let notes = Self.roundNotes(text)
        #expect(notes.count == 2, "the revision had no note: \(text)")
        #expect(notes.first?.hasSuffix("(reject): \(Self.rejectNote)") == true && notes.last?.hasSuffix("(submit): \(Self.resubmitNote)") == true,
                "oldest first: \(text)")
        #expect(text.contains("last step: submit (returned → submitted), \(Newsroom.reporter)"), "\(text)")
        #expect(!text.contains(Self.submitNote), "\(text)")

        let editor = try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.editor))
        let item = try #require(editor.first { string($0, "id") == id }, "\(editor)")
        #expect(string(try #require(item["sent_back"] as? [String: Any]), "note") == Self.rejectNote)
        #expect(try room.ok(["queue"], as: Newsroom.editor).stdout.contains(Self.rejectNote))

        // Published, its rounds are over: --all lists it without a reason to come back; show still has the round's notes.
        try room.steps(id, [("approve", Newsroom.editor), ("approve", Newsroom.chief), ("publish", Newsroom.chief)])
        let all = try jsonArray(try room.ok(["queue", "--all", "--format", "json"], as: Newsroom.chief))
        let published = try #require(all.first { string($0, "id") == id }, "\(all)")
        #expect(isNull(published, "sent_back"), "\(published)")
        #expect(Self.roundNotes(try room.ok(["show", id]).stdout).first?.hasSuffix(Self.rejectNote) == true)

        // As it stood before the chief sent it back: the first round, its notes, no reason to come back.
        let before = try jsonObject(try room.ok(["show", id, "--at", beforeReject, "--format", "json"]))
        #expect(isNull(before, "last_note"), "the approval had no note: \(before)")
        let beforeText = try room.ok(["show", id, "--at", beforeReject]).stdout
        #expect(Self.roundNotes(beforeText).count == 1 && Self.roundNotes(beforeText).first?.hasSuffix("(submit): \(Self.submitNote)") == true,
                "\(beforeText)")
        #expect(beforeText.contains("last step: approve (submitted → edited), \(Newsroom.editor)") && !beforeText.contains(Self.rejectNote),
                "\(beforeText)")
    }

    @Test("never sent back: no reason, and the round began with the creation")
    func neverSentBack() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài mới nộp")
        try room.ok(["submit", id], as: Newsroom.reporter)
        let shown = try room.show(id)
        #expect(isNull(shown, "last_note"))
        let text = try room.ok(["show", id]).stdout
        #expect(!text.contains("notes this round") && text.contains("last step: submit (draft → submitted)"), "\(text)")
        let item = try #require(try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.editor)).first { string($0, "id") == id })
        #expect(isNull(item, "sent_back"), "\(item)")
        #expect(!(try room.ok(["queue"], as: Newsroom.editor).stdout.contains("↩")))
    }
}
