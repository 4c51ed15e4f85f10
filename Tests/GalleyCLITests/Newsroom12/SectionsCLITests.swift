import Foundation
import Testing

/// Issue 12: sections listed in galley.yaml, given by key or label, refused when unknown;
/// a newsroom without a list keeps free-text sections.
@Suite("Sections from galley.yaml")
struct SectionsCLITests {
    @Test("init writes the default Vietnamese list")
    func initWritesTheList() throws {
        let room = try Newsroom()
        let config = try room.committedFile("galley.yaml")
        #expect(config.contains("sections:\n  thoi-su: \"Thời sự\"\n") && config.contains("  kinh-te: \"Kinh tế\"\n"), "\(config)")
        #expect(try room.ok(["config", "get", "sections"]).stdout.contains("thoi-su=Thời sự"))
    }

    @Test("new takes a key or a label, loosely typed", arguments: ["thoi su", "Thời sự", "THỜI SỰ", "Thời sự".decomposedStringWithCanonicalMapping])
    func newByLabel(_ given: String) throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài thời sự", section: given)
        #expect(string(try room.show(id), "section") == "thoi-su")
        #expect(try room.committedFile(try room.articlePath(id)).contains("section: \"thoi-su\"\n"))
    }

    @Test("an unknown section is refused with the list, exit 3, nothing written")
    func unknownSection() throws {
        let room = try Newsroom()
        let before = try room.head()
        for language in ["en", "vi"] {
            let refused = try room.galley(["new", "Bài lạ", "--section", "Tin đồn"], as: Newsroom.reporter, environment: ["GALLEY_LANG": language])
            #expect(refused.status == 3, "\(refused)")
            #expect(refused.stderr.contains("thoi-su (Thời sự)") && refused.stderr.contains("Tin đồn"), "\(refused.stderr)")
            #expect(refused.stderrLines.count == 1)
        }
        #expect(try room.head() == before)
        let listed = try room.galley(["list", "--section", "Tin đồn"])
        #expect(listed.status == 3 && listed.stderr.contains("kinh-te (Kinh tế)"), "\(listed)")
    }

    @Test("list and search take labels; save moves an article to a section by its label")
    func filtersAndSave() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Giá xăng giảm", section: "kinh-te")
        #expect(try jsonArray(try room.ok(["list", "--section", "Kinh tế", "--format", "json"])).compactMap { string($0, "id") } == [id])
        #expect(try jsonArray(try room.ok(["search", "xăng", "--section", "kinh te", "--format", "json"])).count == 1)
        try room.ok(["save", id, "--body-file", try room.writeScratch("b.md", "Nội dung.\n")], as: Newsroom.reporter)
        #expect(try room.auditVerify().ok == true)
    }

    @Test("without a list sections are free text; an article from before the list keeps its section")
    func backwardCompatible() throws {
        let room = try Newsroom()
        try room.ok(["config", "set", "sections", "none"], as: Newsroom.admin)
        let id = try room.newArticle("Bài cũ", section: "Chuyên đề Tết")
        #expect(string(try room.show(id), "section") == "Chuyên đề Tết")
        try room.ok(["config", "set", "sections", "thoi-su=Thời sự, kinh-te=Kinh tế"], as: Newsroom.admin)
        try room.ok(["save", id, "--summary", "Sapo mới."], as: Newsroom.reporter)
        #expect(string(try room.show(id), "section") == "Chuyên đề Tết")
        let moved = try room.galley(["save", id, "--body-file", try room.writeScratch("b.md", "x\n")], as: Newsroom.reporter)
        #expect(moved.status == 0, "\(moved)")
        #expect(try room.auditVerify().ok == true)
    }
}
