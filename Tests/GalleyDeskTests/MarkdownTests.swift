import Testing

@testable import GalleyDesk

/// The article renderer: the Markdown a newsroom writes, and nothing a browser would run.
@Suite("Markdown to safe HTML")
struct MarkdownTests {
    func html(_ source: String) -> String { Markdown.html(source).rendered }

    @Test func paragraphsHeadingsAndEmphasis() {
        #expect(html("Một đoạn\nhai dòng.\n\nĐoạn *hai* có **đậm** và _nghiêng_.") == "<p>Một đoạn hai dòng.</p>\n<p>Đoạn <em>hai</em> có <strong>đậm</strong> và <em>nghiêng</em>.</p>")
        #expect(html("# Tít\n## Phụ đề ##") == "<h2>Tít</h2>\n<h3>Phụ đề</h3>", "the article's title is the page's only h1")
        #expect(html("#hashtag") == "<p>#hashtag</p>")
        #expect(html("snake_case_name và 2 * 3 * 4") == "<p>snake_case_name và 2 * 3 * 4</p>")
    }

    @Test func lists() {
        #expect(html("- một\n- hai\n  tiếp\n\n1. đầu\n2) sau") == "<ul><li>một</li><li>hai tiếp</li></ul>\n<ol><li>đầu</li><li>sau</li></ol>")
        #expect(html("> trích *dẫn*") == "<blockquote><p>trích <em>dẫn</em></p></blockquote>")
    }

    @Test func linksAndImagesKeepOnlySafeAddresses() {
        #expect(html("[báo](https://example.vn/a?b=1&c=2)") == "<p><a href=\"https://example.vn/a?b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\">báo</a></p>")
        #expect(html("![Cầu](anh/cau.jpg \"chú thích\")") == "<p><img src=\"anh/cau.jpg\" alt=\"Cầu\" loading=\"lazy\"></p>")
        #expect(html("[bấm](javascript:alert(1))") == "<p>bấm</p>")
        #expect(html("[bấm](JaVa\tScRiPt:alert(1))") == "<p>bấm</p>")
        #expect(html("![x](data:image/svg+xml,abc)") == "<p>x</p>")
        let files = Markdown.html("![Cầu](cau.jpg) ![Cầu](./cau.jpg) ![x](../khac/x.png) [tệp](bao-cao.pdf)", files: "/articles/cau/files/").rendered
        #expect(files.components(separatedBy: "src=\"/articles/cau/files/cau.jpg\"").count == 3, "the article's own files: \(files)")
        #expect(files.contains("src=\"../khac/x.png\"") && files.contains("href=\"/articles/cau/files/bao-cao.pdf\""))
        #expect(html("[thư](mailto:toa-soan@example.vn)").contains("href=\"mailto:toa-soan@example.vn\""))
        #expect(html("[a](\"onmouseover=alert(1))") == "<p><a href=\"&quot;onmouseover=alert(1)\" rel=\"nofollow noopener noreferrer\">a</a></p>")
        #expect(html("[Huế](https://vi.wikipedia.org/wiki/Huế_(định_hướng))").contains("href=\"https://vi.wikipedia.org/wiki/Huế_(định_hướng)\""))
    }

    @Test func rawHTMLIsShownAsTextNeverPassedThrough() {
        let rendered = html("<script>alert('x')</script>\n\n<img src=x onerror=alert(1)> & <b>đậm</b>")
        #expect(rendered == "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>\n<p>&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;</p>")
        #expect(!rendered.contains("<script") && !rendered.contains("<img") && !rendered.contains("<b>"))
        #expect(html("`<script>`") == "<p><code>&lt;script&gt;</code></p>")
        #expect(html("**<i>x</i>**") == "<p><strong>&lt;i&gt;x&lt;/i&gt;</strong></p>")
        #expect(html("[<script>](https://a.vn)").contains(">&lt;script&gt;</a>"))
    }

    @Test func fencedCodeIsShownAsWritten() {
        #expect(html("Trước\n```html\n<script>x</script>\n  *không nghiêng*\n```\nSau") == "<p>Trước</p>\n<pre><code>&lt;script&gt;x&lt;/script&gt;\n  *không nghiêng*</code></pre>\n<p>Sau</p>")
        #expect(html("```\nchưa đóng <b>") == "<pre><code>chưa đóng &lt;b&gt;</code></pre>")
    }

    @Test func escapesAndControlCharacters() {
        #expect(html("\\*không nghiêng\\*") == "<p>*không nghiêng*</p>")
        #expect(html("a\u{0}b\u{1B}[31mc") == "<p>ab[31mc</p>")
    }
}
