import Foundation
import Testing

/// Listings are read from the index's columns, not from parsed front matter
/// (issue 15): they must say exactly what git says, for every kind of field.
@Suite("listings from index columns")
struct ListingColumnsTests {
    /// A newsroom whose articles hold every kind of front matter value, each made
    /// through galley commands (verify re-executes them): tags and a byline, no
    /// section, a correction, unknown keys added with `edit`, and six states.
    static func variedRoom() throws -> (Newsroom, [String]) {
        let room = try Newsroom(bare: true)
        let body = try room.writeScratch("than.md", "Đoạn một về cầu Đồng Lạc.\n\nĐoạn hai.\n")
        let tagged = try room.ok(
            ["new", "Thông xe cầu Đồng Lạc", "--section", "kinh-te", "--tag", "giao thông", "--tag", "Hải Dương",
             "--byline", "Nhóm PV \"Kinh tế\"", "--summary", "Sapo: cầu \"Đồng Lạc\" thông xe.", "--source", "Theo TTXVN",
             "--source-url", "https://example.vn/cau", "--body-file", body],
            as: Newsroom.reporter
        ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try room.steps(tagged, PublishedArticleTests.chain)
        let corrected = try room.writeScratch("dinh-chinh.md", "Cầu dài 186 mét.\n")
        try room.ok(["correct", tagged, "-m", "Sửa chiều dài cầu: 186 mét", "--body-file", corrected], as: Newsroom.chief)

        let withExtra = try room.newArticle("Bài có khóa lạ trong front matter", section: nil)
        // Before the closing ---: a one-line key and a block of several lines, as Hugo would have them.
        let editor = try EditCommandTests.script(room, "them-khoa.sh", #"""
            awk '/^---$/ { n++; if (n == 2) { print "image: \"anh/cau.jpg\""; print "images:"; print "  - \"anh/1.jpg\"" } } { print }' "$1" > "$1.new" && mv "$1.new" "$1"
            """#)
        try room.ok(["edit", withExtra], as: Newsroom.reporter, environment: ["EDITOR": editor])
        try room.steps(withExtra, [("submit", Newsroom.reporter)])

        let spiked = try room.newArticle("Bài bị hủy")
        try room.steps(spiked, [("spike", Newsroom.reporter)])
        let returned = try room.newArticle("Bài bị trả lại")
        try room.steps(returned, [("submit", Newsroom.reporter), ("reject", Newsroom.editor)])
        let edited = try room.newArticle("Bài chờ duyệt")
        try room.steps(edited, [("submit", Newsroom.reporter), ("approve", Newsroom.editor)])
        try room.ok(["embargo", edited, "--until", "2099-01-01 06:00"], as: Newsroom.chief)
        let draft = try room.newArticle("Bản nháp không mục", section: nil)
        return (room, [tagged, withExtra, spiked, returned, edited, draft])
    }

    /// Every listing answer the index gives, as printed.
    static func listings(_ room: Newsroom) throws -> [String] {
        var outputs: [String] = []
        for (arguments, person) in [
            (["list", "--format", "json"], nil), (["list"], nil), (["list", "--state", "published", "--format", "json"], nil),
            (["list", "--author", Newsroom.reporter, "--format", "json"], nil), (["queue", "--format", "json"], Newsroom.chief),
            (["queue", "--format", "json"], Newsroom.editor), (["queue"], Newsroom.reporter), (["search", "bai", "--limit", "50", "--format", "json"], nil),
            (["search", "dong lac", "--format", "json"], nil),
        ] as [([String], String?)] {
            outputs.append(try room.ok(arguments, as: person).stdout)
        }
        return outputs
    }

    @Test func listingsRebuiltFromGitEqualTheIncrementalIndexAndShow() throws {
        let (room, ids) = try Self.variedRoom()
        // The scene holds what it claims: a correction, the unknown keys, tags and byline, six states.
        let tagged = try room.committedFile(try room.articlePath(ids[0]))
        #expect(tagged.contains("\ncorrections:\n") && tagged.contains("\nbyline: \"Nhóm PV \\\"Kinh tế\\\"\"\n"), "\(tagged)")
        let extra = try room.committedFile(try room.articlePath(ids[1]))
        #expect(extra.contains("\nimage: \"anh/cau.jpg\"\nimages:\n  - \"anh/1.jpg\"\n---\n"), "\(extra)")
        #expect(try room.galley(["verify"]).status == 0, "every step is legal")

        // Built step by step by the commands above, then from nothing.
        let incremental = try Self.listings(room)
        try FileManager.default.removeItem(at: room.gitDir.appendingPathComponent(IndexTests.indexFile))
        let rebuilt = try Self.listings(room)
        #expect(rebuilt == incremental)

        // Each listed article is exactly what `show` reads from git, less the body.
        let listed = try jsonArray(try room.ok(["list", "--format", "json"]))
        #expect(Set(listed.compactMap { string($0, "state") }) == ["published", "submitted", "spiked", "returned", "edited", "draft"])
        #expect(Set(listed.compactMap { string($0, "id") }) == Set(ids))
        // Newest first, ties (steps in the same second) by id; one time zone, so the text orders as the time.
        let order: [String] = listed.map { entry in
            let time = string(entry, "updated") ?? string(entry, "created") ?? ""
            return time + " " + (string(entry, "id") ?? "")
        }
        let newestFirst = order.sorted { (a: String, b: String) -> Bool in
            let (timeA, timeB) = (a.prefix(25), b.prefix(25))
            return timeA == timeB ? a < b : timeA > timeB
        }
        #expect(order == newestFirst)
        for entry in listed {
            let id = try #require(string(entry, "id"))
            var shown = try room.show(id)
            #expect(shown.removeValue(forKey: "body") != nil)
            #expect(NSDictionary(dictionary: entry) == NSDictionary(dictionary: shown), "\(id): list \(entry) show \(shown)")
            #expect(Array(entry.keys).sorted() == Array(shown.keys).sorted())
        }
        let first = try #require(listed.first { string($0, "id") == ids[0] })
        #expect(string(first, "byline") == "Nhóm PV \"Kinh tế\"")
        #expect(string(first, "summary") == "Sapo: cầu \"Đồng Lạc\" thông xe." && string(first, "source_url") == "https://example.vn/cau")
        #expect(listed.contains { string($0, "embargo") == "2099-01-01T06:00:00+07:00" })
        #expect(first["tags"] as? [String] == ["giao thông", "Hải Dương"])
        #expect((first["corrections"] as? [[String: Any]]).map { $0.compactMap { string($0, "note") } } == ["Sửa chiều dài cầu: 186 mét"])
    }
}
