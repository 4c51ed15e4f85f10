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
    static func build(_ room: Newsroom, arguments: [String] = []) throws -> URL {
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
        try "<h1>{{ .Title }}</h1><p class=\"sapo\">{{ .Summary }}</p>{{ .Content }}{{ partial \"galley-corrections.html\" . }}"
            .write(to: layouts.appendingPathComponent("single.html"), atomically: true, encoding: .utf8)
        // The notice partial every newsroom gets from `galley init` (repo-template/layouts/partials).
        let partials = site.appendingPathComponent("layouts/partials")
        try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
        try Data(try room.committedFile(Self.noticePartial).utf8).write(to: partials.appendingPathComponent("galley-corrections.html"))
        try "{{ range .Pages }}{{ .Title }}{{ end }}".write(to: layouts.appendingPathComponent("list.html"), atomically: true, encoding: .utf8)
        let output = room.root.appendingPathComponent("public-\(UUID().uuidString.prefix(8))")
        let built = try runProgram(
            URL(fileURLWithPath: hugo), ["--quiet", "-d", output.path] + arguments, in: site, environment: room.environment, scratch: room.scratch)
        #expect(built.status == 0, "hugo: \(built)")
        return output
    }

    static let noticePartial = "layouts/partials/galley-corrections.html"

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

    @Test("a corrected article renders with its notice (Vietnamese, through the newsroom's partial); a retracted one is left out even of a drafts build")
    func correctionNoticeAndRetraction() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Cầu Đồng Lạc thông xe", body: "Chiều 1/12, cầu thông xe. Cầu có vốn 120 tỉ đồng.\n\nÔng Nguyễn Văn A cắt băng.\n")
        try room.steps(id, PublishedArticleTests.chain)
        let path = try room.articlePath(id)
        var text = try String(contentsOf: room.workTreeURL(path), encoding: .utf8)
        text = text.replacingOccurrences(of: "120 tỉ", with: "150 tỉ")
        try Data(text.utf8).write(to: room.workTreeURL(path))
        try room.ok(["correct", id, "-m", "Sửa số vốn", "--title", "Cầu Đồng Lạc chính thức thông xe"], as: Newsroom.chief)
        let retracted = try room.newArticle("Bài bị gỡ vì sai sự thật")
        try room.steps(retracted, PublishedArticleTests.chain + [("retract", Newsroom.chief)])
        let draft = try room.newArticle("Bản nháp chưa gửi")

        let output = try Self.build(room)
        let folder = (path as NSString).deletingLastPathComponent.dropFirst("articles/".count)
        let page = try String(contentsOf: output.appendingPathComponent(String(folder)).appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Cầu Đồng Lạc chính thức thông xe</h1>"), "\(page)")
        #expect(page.contains("<h2>Thông tin cải chính</h2>"), "\(page)")
        #expect(page.contains("Bài “Cầu Đồng Lạc thông xe” đăng ngày "), "the original title is not cited: \(page)")
        #expect(page.contains("trên chuyên mục Thời sự"), "the section is not cited by its label: \(page)")
        #expect(page.contains("Đoạn “<del>Cầu có vốn 120 tỉ đồng.</del>” nay sửa lại là “<ins>Cầu có vốn 150 tỉ đồng.</ins>”"), "\(page)")
        #expect(page.contains("Tiêu đề “<del>Cầu Đồng Lạc thông xe</del>” đã được sửa lại."), "\(page)")
        #expect(!page.contains("Nguyễn Văn A cắt băng.</del>"), "an unchanged sentence is quoted as wrong: \(page)")

        // A preview with --buildDrafts shows the draft, never the retracted article (`_build: render: never`).
        let preview = try Self.build(room, arguments: ["--buildDrafts"])
        let index = try String(contentsOf: preview.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<li>\(draft)</li>"), "the drafts build has no draft: \(index)")
        #expect(!index.contains(retracted), "\(index)")
        let rendered = FileManager.default.enumerator(atPath: preview.path)?.compactMap { $0 as? String } ?? []
        #expect(!rendered.contains { $0.contains(retracted) }, "the retracted article has a page: \(rendered)")
        let verified = try room.galley(["verify"])
        #expect(verified.status == 0, "\(verified)")
    }
}
