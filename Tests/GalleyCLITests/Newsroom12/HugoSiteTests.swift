import Foundation
import Testing

/// Issue 12 and design §7 ("Hugo … all work on it"): a Hugo site built straight from a
/// newsroom's `articles/` shows a published article with its sapo, and leaves out an
/// article published `--at` tomorrow, a retracted one (`draft: true`) and a draft.
/// Debian's `hugo` (scripts/test installs it) is the reference, as git is for commits.
@Suite("A Hugo site built from the newsroom")
struct HugoSiteTests {
    static let hugo = ["/usr/bin/hugo", "/usr/local/bin/hugo"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A minimal site beside the newsroom: its content is the newsroom's own articles folder.
    static func build(_ room: Newsroom) throws -> URL {
        let hugo = try #require(Self.hugo, "hugo is not installed: scripts/test installs it (apt-get install hugo)")
        let site = room.root.appendingPathComponent("site")
        let layouts = site.appendingPathComponent("layouts/_default")
        try FileManager.default.createDirectory(at: layouts, withIntermediateDirectories: true)
        try """
            baseURL = "http://example.org/"
            contentDir = "\(room.repo.appendingPathComponent("articles").path)"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
            """.write(to: site.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        try "{{ range .Site.RegularPages }}<li>{{ .Params.id }}</li>\n{{ end }}"
            .write(to: site.appendingPathComponent("layouts/index.html"), atomically: true, encoding: .utf8)
        try "<h1>{{ .Title }}</h1><p class=\"sapo\">{{ .Summary }}</p>{{ .Content }}"
            .write(to: layouts.appendingPathComponent("single.html"), atomically: true, encoding: .utf8)
        try "{{ range .Pages }}{{ .Title }}{{ end }}".write(to: layouts.appendingPathComponent("list.html"), atomically: true, encoding: .utf8)
        let output = room.root.appendingPathComponent("public")
        let built = try runProgram(URL(fileURLWithPath: hugo), ["--quiet", "-d", output.path], in: site, environment: room.environment, scratch: room.scratch)
        #expect(built.status == 0, "hugo: \(built)")
        return output
    }

    @Test("published with its summary; scheduled for tomorrow, retracted and draft articles are not rendered")
    func site() throws {
        let room = try Newsroom()
        func approved(_ title: String, summary: String) throws -> String {
            let made = try room.ok(["new", title, "--summary", summary, "--body-file", try room.writeScratch("b.md", "Thân bài \(title).\n")],
                                   as: Newsroom.reporter)
            let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief)])
            return id
        }
        let published = try approved("Cầu Đồng Lạc thông xe", summary: "Chiều nay cầu Đồng Lạc thông xe.")
        try room.steps(published, [("publish", Newsroom.chief)])
        let tomorrow = try approved("Bài đăng ngày mai", summary: "Sapo ngày mai.")
        try room.ok(["publish", tomorrow, "--at", "\(SchedulingTests.day(1)) 06:00"], as: Newsroom.chief)
        let retracted = try approved("Bài bị gỡ", summary: "Sapo bài gỡ.")
        try room.steps(retracted, [("publish", Newsroom.chief), ("retract", Newsroom.chief)])
        let draft = try room.newArticle("Bản nháp chưa gửi")

        let output = try Self.build(room)
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<li>\(published)</li>"), "\(index)")
        for hidden in [tomorrow, retracted, draft] {
            #expect(!index.contains(hidden), "\(hidden) is on the site: \(index)")
        }
        let folder = (try room.articlePath(published) as NSString).deletingLastPathComponent.dropFirst("articles/".count)
        let page = try String(contentsOf: output.appendingPathComponent(String(folder)).appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("<p class=\"sapo\">Chiều nay cầu Đồng Lạc thông xe.</p>"), "\(page)")
        #expect(page.contains("Thân bài Cầu Đồng Lạc thông xe."), "\(page)")
        let rendered = FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String } ?? []
        for hidden in [tomorrow, retracted, draft] {
            #expect(!rendered.contains { $0.contains(hidden) }, "\(hidden) has a page: \(rendered)")
        }
    }
}
