import Foundation
import Testing

/// A step the workflow gives a required note (or new text) is refused by the
/// workflow, not by the argument parser: exit 3, nothing written, and the
/// refusal says what to add (DESIGN §6: "refused … including a note it requires").
@Suite("Required notes are the workflow's refusal")
struct NoteRequiredTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var command: String
        /// Steps (command, person) that bring a fresh article to where `command` applies.
        var before: [(String, String)]
        var person: String
        var testDescription: String { command }
    }

    static let cases = [
        Case(command: "reject", before: [("submit", Newsroom.reporter)], person: Newsroom.editor),
        Case(command: "spike", before: [], person: Newsroom.reporter),
        Case(command: "retract",
             before: [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief),
                      ("publish", Newsroom.chief)],
             person: Newsroom.chief),
    ]

    @Test("without -m: exit 3, no commit, the one stderr line says to add -m", arguments: cases)
    func missingNote(_ c: Case) throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài cần ghi chú \(c.command)")
        try room.steps(id, c.before)
        let stateBefore = try room.state(id)
        let main = try room.gitOut(["rev-parse", "main"])

        let result = try room.galley([c.command, id], as: c.person)

        #expect(result.status == 3, "\(result)")
        #expect(try room.gitOut(["rev-parse", "main"]) == main, "a refused \(c.command) wrote a commit")
        #expect(try room.state(id) == stateBefore)
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderrLines.count == 1 && result.stderr.hasPrefix("galley: "), "\(result)")
        #expect(result.stderr.contains("needs a note") && result.stderr.contains("-m"), "\(result)")
        // The parser no longer demands it: no usage text.
        #expect(!result.stderr.contains("Usage:"), "\(result)")
    }

    @Test("an empty note is no note: exit 3 too")
    func blankNote() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài ghi chú trống")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let main = try room.gitOut(["rev-parse", "main"])
        let result = try room.galley(["reject", id, "-m", "  "], as: Newsroom.editor)
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("-m"), "\(result)")
        #expect(try room.gitOut(["rev-parse", "main"]) == main)
    }

    @Test("correct without --body-file or without -m: exit 3, no commit, says what to add")
    func correctNeedsNoteAndBody() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài cần đính chính")
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief),
                            ("publish", Newsroom.chief)])
        let main = try room.gitOut(["rev-parse", "main"])
        let body = try room.writeScratch("dinh-chinh.md", "Nội dung đã đính chính.\n")

        let noBody = try room.galley(["correct", id, "-m", "Sửa tên nhân vật"], as: Newsroom.chief)
        #expect(noBody.status == 3, "\(noBody)")
        #expect(noBody.stderr.contains("--body-file") && !noBody.stderr.contains("Usage:"), "\(noBody)")

        let noNote = try room.galley(["correct", id, "--body-file", body], as: Newsroom.chief)
        #expect(noNote.status == 3, "\(noNote)")
        #expect(noNote.stderr.contains("needs a note") && noNote.stderr.contains("-m"), "\(noNote)")

        #expect(try room.gitOut(["rev-parse", "main"]) == main, "a refused correct wrote a commit")
        try room.ok(["correct", id, "-m", "Sửa tên nhân vật", "--body-file", body], as: Newsroom.chief)
        #expect(try room.gitOut(["rev-parse", "main"]) != main)
    }

    @Test("--help still says the note is required", arguments: ["reject", "retract", "spike", "correct"])
    func helpSaysRequired(_ command: String) throws {
        let room = try Newsroom(staff: [])
        let result = try room.galley([command, "--help"])
        #expect(result.status == 0, "\(result)")
        let options = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let message = try #require(options.first { $0.hasPrefix("-m, --message") }, "\(result)")
        #expect(message.contains("required"), "\(result.stdout)")
        if command == "correct" {
            let body = try #require(options.first { $0.hasPrefix("--body-file") }, "\(result)")
            #expect(body.contains("required"), "\(result.stdout)")
        }
    }
}
