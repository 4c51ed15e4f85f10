import Foundation
import Testing

/// Issue 12: a photo attached with `galley attach` renders on a Hugo site with its caption and
/// credit, through the partial every newsroom gets from `galley init` (layouts/partials/galley-photos.html).
@Suite("A Hugo site shows an article's photos")
struct HugoPhotoTests {
    @Test("the published article's photo is copied and shown with its caption and credit; an escaped caption stays text")
    func photoWithCaption() throws {
        let room = try Newsroom()
        let partial = room.repo.appendingPathComponent("layouts/partials/galley-photos.html")
        #expect(FileManager.default.fileExists(atPath: partial.path), "galley init writes the photo partial")
        let id = try room.newArticle("Cầu Đồng Lạc thông xe", body: "Thân bài có ảnh.\n")
        let photo = try room.writeScratch("Ảnh cầu.jpg", AttachmentTests.jpeg(8_192))
        try room.ok(["attach", id, photo, "--caption", "Cầu Đồng Lạc <b>sau lũ</b>", "--credit", "Ảnh: Thanh Phú"], as: Newsroom.reporter)
        try room.ok(["attach", id, try room.writeScratch("van-ban.pdf", "%PDF-1.4\n"), "--caption", "Toàn văn quyết định"], as: Newsroom.reporter)
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief), ("publish", Newsroom.chief)])

        let hugo = try #require(HugoSiteTests.hugo, "hugo is not installed: scripts/test installs it (apt-get install hugo)")
        let site = room.root.appendingPathComponent("photo-site")
        let layouts = site.appendingPathComponent("layouts")
        try FileManager.default.createDirectory(at: layouts.appendingPathComponent("_default"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: layouts.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: partial, to: layouts.appendingPathComponent("partials/galley-photos.html"))
        try """
            baseURL = "http://example.org/"
            contentDir = "\(room.repo.appendingPathComponent("articles").path)"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
            """.write(to: site.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        try "<h1>{{ .Title }}</h1>{{ partial \"galley-photos.html\" . }}{{ .Content }}"
            .write(to: layouts.appendingPathComponent("_default/single.html"), atomically: true, encoding: .utf8)
        try "{{ range .Pages }}{{ .Title }}{{ end }}".write(to: layouts.appendingPathComponent("_default/list.html"), atomically: true, encoding: .utf8)
        let output = room.root.appendingPathComponent("photo-public")
        let built = try runProgram(URL(fileURLWithPath: hugo), ["--quiet", "-d", output.path], in: site, environment: room.environment, scratch: room.scratch)
        #expect(built.status == 0, "hugo: \(built)")

        let folder = String((try room.articlePath(id) as NSString).deletingLastPathComponent.dropFirst("articles/".count))
        let page = try String(contentsOf: output.appendingPathComponent(folder).appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("<img src=\"/\(folder)/anh-cau.jpg\""), "\(page)")
        #expect(page.contains("<figcaption>Cầu Đồng Lạc &lt;b&gt;sau lũ&lt;/b&gt; <span class=\"credit\">Ảnh: Thanh Phú</span></figcaption>"), "\(page)")
        #expect(page.contains("<a href=\"/\(folder)/van-ban.pdf\">Toàn văn quyết định</a>"), "\(page)")
        let copied = try Data(contentsOf: output.appendingPathComponent(folder).appendingPathComponent("anh-cau.jpg"))
        #expect(copied == AttachmentTests.jpeg(8_192))
    }
}
