import Foundation
import Testing

@testable import GalleyDesk

/// The upload form's body parser: what a browser sends, and what it must refuse.
@Suite("multipart/form-data")
struct MultipartFormTests {
    @Test("fields and a file, with CRLF and the boundary's dashes inside the file's bytes")
    func browserBody() throws {
        let file = Data("--not-the-boundary\r\n\r\nline two\r\n".utf8) + Data([0xFF, 0xD8, 0x00])
        var body = Data("--b0undary\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nCầu Đồng Lạc\r\n".utf8)
        body += Data("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Ảnh %22mới%22.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n".utf8)
        body += file + Data("\r\n--b0undary--\r\n".utf8)
        let form = try #require(MultipartForm(body, boundary: "b0undary"))
        #expect(form["caption"] == "Cầu Đồng Lạc")
        let part = try #require(form.file("file"))
        #expect(part.fileName == "Ảnh \"mới\".jpg" && part.data == file)
        #expect(form.filled("credit") == nil)
    }

    @Test("the boundary comes from the Content-Type header only in its legal form")
    func boundaries() {
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=----abc") == "----abc")
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"q r\"") == "q r")
        #expect(MultipartForm.boundary(contentType: "application/x-www-form-urlencoded") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)) == nil)
    }

    @Test("malformed bodies give nothing", arguments: [
        "csrf=abc", "--b\r\nno blank line", "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno closing",
        "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--", "preamble--b--",
    ])
    func malformed(_ text: String) {
        #expect(MultipartForm(Data(text.utf8), boundary: "b") == nil)
    }
}
