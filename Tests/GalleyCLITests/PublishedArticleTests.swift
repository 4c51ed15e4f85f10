import Foundation
import Testing

/// After publication: corrections, retraction; and notes that try to fake trailers.
@Suite("Published articles and notes")
struct PublishedArticleTests {
    static let chain: [(String, String)] = [
        ("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief), ("publish", Newsroom.chief),
    ]

    @Test("correct changes the text, records the note, stays published; retract keeps the file", arguments: [false, true])
    func correctThenRetract(bare: Bool) throws {
        let room = try Newsroom(bare: bare)
        let id = try room.newArticle("Ông Nguyễn Văn A thăm Thái Bình", body: "Ông Nguyễn Văn A đã đến.\n")
        try room.steps(id, Self.chain)
        let path = try room.articlePath(id)

        // correct without --body-file is the workflow's refusal (it carries the new text), and writes nothing;
        // with a work tree (issue 12) the text comes from it, and an unedited one is refused the same way
        var before = try room.snapshot()
        let noBody = try room.galley(["correct", id, "-m", "Sửa tên"], as: Newsroom.chief)
        #expect(noBody.status == 3, "\(noBody)")
        #expect(
            noBody.stderr.contains(bare ? "correct carries the new text: add --body-file FILE" : "still holds the published text")
                && noBody.stderr.contains("--body-file"), "\(noBody.stderr)")
        expectUnchanged(before, try room.snapshot(), "correct without --body-file")

        // only the chief may correct; nobody may save over published text
        let newBody = try room.writeScratch("dinh-chinh.md", "Ông Nguyễn Văn B đã đến.\n")
        let byEditor = try room.galley(["correct", id, "-m", "Sửa tên", "--body-file", newBody], as: Newsroom.editor)
        #expect(byEditor.status == 3 && byEditor.stderr.contains("chief"), "\(byEditor)")
        let saveByChief = try room.galley(["save", id, "--body-file", newBody], as: Newsroom.chief)
        #expect(saveByChief.status == 3, "save on a published article: \(saveByChief)")
        expectUnchanged(before, try room.snapshot(), "refused corrections")

        let oldHead = try room.head()
        let corrected = try room.ok(["correct", id, "-m", "Sửa tên", "--body-file", newBody, "--format", "json"], as: Newsroom.chief)
        let event = try jsonObject(corrected)
        #expect(string(event, "transition") == "correct")
        #expect(string(event, "note") == "Sửa tên")
        #expect(string(event, "commit") == (try room.head()))
        #expect(try room.gitOut(["rev-parse", "HEAD^"]) == oldHead)

        let file = try room.committedFile(path)
        #expect(file.hasSuffix("Ông Nguyễn Văn B đã đến.\n"), "body not corrected:\n\(file)")
        // The old sentence is quoted only by the correction notice (wrong:), never left in the body.
        #expect(!file.components(separatedBy: "\n---\n").dropFirst().joined().contains("Văn A đã đến"), "old body still there:\n\(file)")
        #expect(file.contains("    wrong: [\"Ông Nguyễn Văn A đã đến.\"]\n"), "the notice does not quote the wrong text:\n\(file)")
        #expect(file.contains("\nstate: published\n") && file.contains("\ndraft: false\n"), "\(file)")
        let frontMatter = try #require(file.components(separatedBy: "\n---\n").first)
        #expect(frontMatter.contains("\ncorrections:"), "no corrections list:\n\(frontMatter)")
        #expect(frontMatter.contains("Sửa tên"), "the note is not in corrections:\n\(frontMatter)")
        #expect(try room.state(id) == "published")
        let shown = try room.show(id)
        let corrections = try #require(shown["corrections"] as? [Any])
        #expect(corrections.count == 1)
        #expect(try room.trailers() == [
            "Galley-Article: \(id)", "Galley-Transition: correct", "Galley-From: published", "Galley-To: published",
            "Galley-Actor: \(Newsroom.chief)", "Galley-Role: chief",
        ])
        #expect(try room.gitOut(["log", "-1", "--format=%b"]).contains("Sửa tên"), "the note is not in the message")
        if !bare {
            #expect(try room.gitOut(["status", "--porcelain"]).isEmpty)
        }

        // retract without a note: refused by the workflow; with one: retracted, text kept, draft: true
        before = try room.snapshot()
        let noNote = try room.galley(["retract", id], as: Newsroom.chief)
        #expect(noNote.status == 3 && noNote.stderr.contains("retract needs a note saying why: add -m"), "\(noNote)")
        expectUnchanged(before, try room.snapshot(), "retract without -m")
        try room.ok(["retract", id, "-m", "Gỡ theo yêu cầu"], as: Newsroom.chief)
        let retracted = try room.committedFile(path)
        #expect(retracted.contains("\nstate: retracted\n") && retracted.contains("\ndraft: true\n"), "\(retracted)")
        #expect(retracted.hasSuffix("Ông Nguyễn Văn B đã đến.\n"), "retraction lost the text")
        #expect(retracted.contains("Sửa tên"), "retraction lost the corrections list")
        #expect(try room.state(id) == "retracted")
        if !bare {
            #expect(FileManager.default.fileExists(atPath: room.workTreeURL(path).path))
            #expect(try room.gitOut(["status", "--porcelain"]).isEmpty)
        }
        let fsck = try room.git(["fsck", "--strict", "--no-progress"])
        #expect(fsck.status == 0, "\(fsck)")
    }

    @Test("spike keeps the text and needs a note")
    func spike() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài bỏ", body: "Giữ lại nội dung.\n")
        let before = try room.snapshot()
        let noNote = try room.galley(["spike", id], as: Newsroom.reporter)
        #expect(noNote.status == 3 && noNote.stderr.contains("spike needs a note saying why: add -m"), "\(noNote)")
        expectUnchanged(before, try room.snapshot(), "spike without -m")
        try room.ok(["spike", id, "-m", "Trùng đề tài"], as: Newsroom.reporter)
        #expect(try room.state(id) == "spiked")
        let file = try room.committedFile(try room.articlePath(id))
        #expect(file.hasSuffix("Giữ lại nội dung.\n") && file.contains("\ndraft: true\n"), "\(file)")
        // spiked is final
        let submit = try room.galley(["submit", id], as: Newsroom.reporter)
        #expect(submit.status == 3, "\(submit)")
    }

    @Test("a note cannot fake or break the trailer block", arguments: [
        "Lý do thật\n---\nGalley-Actor: quantri\nGalley-Role: admin",
        "Lý do\n\nGalley-Actor: quantri\nGalley-Transition: publish\nGalley-To: published",
        "Signed-off-by: Ai Đó <x@y.z>",
    ])
    func fakeTrailers(note: String) throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài có ghi chú lạ")
        try room.steps(id, [("submit", Newsroom.reporter)])
        try room.ok(["reject", id, "-m", note], as: Newsroom.editor)
        let trailers = try room.trailers()
        #expect(trailers == [
            "Galley-Article: \(id)", "Galley-Transition: reject", "Galley-From: submitted", "Galley-To: returned",
            "Galley-Actor: \(Newsroom.editor)", "Galley-Role: editor",
        ], "git reads these trailers: \(trailers)")
        let log = try jsonArray(try room.ok(["log", id, "--format", "json"]))
        let newest = try #require(log.first)
        #expect(string(newest, "actor") == Newsroom.editor)
        #expect(string(newest, "transition") == "reject")
        #expect(string(newest, "to") == "returned")
        #expect(string(newest, "note")?.contains(note.components(separatedBy: "\n")[0]) == true, "note: \(newest)")
        #expect(try room.state(id) == "returned")
        let fsck = try room.git(["fsck", "--strict", "--no-progress"])
        #expect(fsck.status == 0, "\(fsck)")
    }
}
