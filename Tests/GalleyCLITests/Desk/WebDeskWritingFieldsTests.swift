import Foundation
import Testing

/// The writing form's tags, byline and summary go through `Newsroom.create` and
/// `Newsroom.save`, the calls `galley new` and `galley save` make.
@Suite("The web desk's writing form fields", .serialized)
struct WebDeskWritingFieldsTests {
    static let password = "mật khẩu đủ dài 1"

    func article(_ newsroom: Newsroom, _ id: String) throws -> [String: Any] {
        try jsonObject(try newsroom.ok(["show", id, "--format", "json"]))
    }

    @Test func tagsBylineAndSummaryAreWrittenAndEdited() throws {
        let newsroom = try Newsroom()
        try newsroom.setPassword(Newsroom.reporter, Self.password)
        let desk = try DeskProcess(newsroom)
        defer { desk.stop() }
        let reporter = try DeskVisitor(desk, Newsroom.reporter, Self.password)
        #expect(try reporter.get("/new").text.contains("name=\"tags\""))

        let created = try reporter.post("/new", [
            ("title", "Mùa lúa mới"), ("section", "thoi-su"), ("tags", " Thái Bình, dân vận , ,<script>x</script>"), ("byline", "PV Thanh Phú"),
            ("summary", "Nông dân phấn khởi."), ("body", "Nội dung.\n"),
        ])
        #expect(created.status == 303, "\(created.status) \(created.text)")
        let location = try #require(created.header("Location"))
        let id = try #require(location.components(separatedBy: "/articles/").last?.components(separatedBy: "?").first)
        var shown = try article(newsroom, id)
        #expect(shown["tags"] as? [String] == ["Thái Bình", "dân vận", "<script>x</script>"])
        #expect(shown["byline"] as? String == "PV Thanh Phú")
        #expect(shown["summary"] as? String == "Nông dân phấn khởi.")
        let page = try reporter.get("/articles/\(id)").text
        #expect(!page.contains("<script>x"), "a tag is escaped like any text")

        // The edit form shows them; a save changes them in one revision.
        let form = try reporter.get("/articles/\(id)/edit").text
        #expect(form.contains("value=\"Thái Bình, dân vận, &lt;script&gt;x&lt;/script&gt;\""), "\(form)")
        #expect(form.contains("value=\"PV Thanh Phú\""))
        let version = try #require(form.range(of: #"name="version" value="[0-9a-f]+""#, options: .regularExpression).map {
            String(form[$0].dropFirst(#"name="version" value=""#.count).dropLast())
        })
        let before = try newsroom.head()
        let saved = try reporter.post("/articles/\(id)/edit", [
            ("version", version), ("title", "Mùa lúa mới"), ("tags", "Thái Bình, nông nghiệp"), ("byline", "Thanh Phú"), ("summary", ""),
            ("body", "Nội dung.\n"),
        ])
        #expect(saved.status == 303, "\(saved.status) \(saved.text)")
        #expect(Int(try newsroom.gitOut(["rev-list", "--count", "\(before)..HEAD"])) == 1, "one revision")
        #expect(try newsroom.gitOut(["log", "-1", "--format=%(trailers:key=Galley-Transition,valueonly)"]) == "revise")
        shown = try article(newsroom, id)
        #expect(shown["tags"] as? [String] == ["Thái Bình", "nông nghiệp"])
        #expect(shown["byline"] as? String == "Thanh Phú")
        #expect(shown["summary"] is NSNull, "an emptied summary is removed")

        // A hand-made form without the fields leaves them as they are.
        let path = try #require(shown["path"] as? String)
        // The version a form carries is the blob id of index.md, as git names it.
        #expect(version != (try newsroom.gitOut(["rev-parse", "HEAD:" + path])), "the save made a new version")
        let version2 = try newsroom.gitOut(["rev-parse", "HEAD:" + path])
        let bodyOnly = try reporter.post("/articles/\(id)/edit", [("version", version2), ("title", "Mùa lúa mới"), ("body", "Nội dung mới.\n")])
        #expect(bodyOnly.status == 303, "\(bodyOnly.status) \(bodyOnly.text)")
        shown = try article(newsroom, id)
        #expect(shown["tags"] as? [String] == ["Thái Bình", "nông nghiệp"] && shown["byline"] as? String == "Thanh Phú")

        // A byline of two lines is refused as `galley` refuses it, and nothing is written.
        let head = try newsroom.head()
        let version3 = try newsroom.gitOut(["rev-parse", "HEAD:" + path])
        let refused = try reporter.post("/articles/\(id)/edit", [("version", version3), ("title", "Mùa lúa mới"), ("byline", "Một\nHai"), ("body", "Nội dung mới.\n")])
        #expect(refused.status == 400 || refused.status == 409, "\(refused.status)")
        #expect(try newsroom.head() == head)
        #expect(try jsonObject(try newsroom.ok(["verify", "--format", "json"]))["ok"] as? Bool == true)
    }
}
