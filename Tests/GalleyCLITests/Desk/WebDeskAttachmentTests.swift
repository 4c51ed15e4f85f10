import Foundation
import Testing

/// Issue 14: photos uploaded in the desk go through `Newsroom.attach`, the call `galley attach`
/// makes: one commit, checked by content and size, refused with nothing written, escaped on the page.
@Suite("The web desk: photos", .serialized)
struct WebDeskAttachmentTests {
    static let password = "mật khẩu đủ dài 1"

    struct Signed {
        var desk: DeskProcess
        var cookie: String
        var token: String
    }

    /// The desk on `room`, the reporter signed in: their session cookie and form token.
    static func signedIn(_ room: Newsroom) throws -> Signed {
        try #require(try room.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.admin, input: password).status == 0)
        let desk = try DeskProcess(room)
        let reply = try WebDeskHTTPTests().signIn(desk, Newsroom.reporter, password)
        let cookie = try #require(reply.headers.first { $0.1.hasPrefix("galley_session=") }?.1.split(separator: ";").first.map(String.init))
        let page = try LoopbackHTTP.request(port: desk.port, "GET", "/queue", headers: [("Cookie", cookie)])
        let token = try #require(page.text.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression).map {
            String(page.text[$0].dropFirst(#"name="csrf" value=""#.count).dropLast())
        })
        return Signed(desk: desk, cookie: cookie, token: token)
    }

    /// A multipart/form-data body as a browser sends the upload form.
    static func multipart(_ fields: [(String, String)], file: (name: String, data: Data)?, boundary: String = "----GalleyTestBoundary7MA4YWxk") -> (String, Data) {
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: image/jpeg\r\n\r\n".utf8)
            body += file.data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ("multipart/form-data; boundary=\(boundary)", body)
    }

    static func upload(_ signed: Signed, _ id: String, _ fields: [(String, String)], file: (name: String, data: Data)?) throws -> LoopbackHTTP.Reply {
        let (type, body) = multipart(fields, file: file)
        return try LoopbackHTTP.request(
            port: signed.desk.port, "POST", "/articles/\(id)/attach", headers: [("Content-Type", type), ("Cookie", signed.cookie)], body: body)
    }

    @Test("an upload is one attach commit; the caption is text on the page; the photo is served")
    func upload() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài có ảnh từ bàn biên tập")
        let signed = try Self.signedIn(room)
        defer { signed.desk.stop() }
        let photo = AttachmentTests.jpeg(4_096)
        let reply = try Self.upload(
            signed, id, [("csrf", signed.token), ("caption", "<script>alert(1)</script> Cầu"), ("credit", "Ảnh: Thanh Phú"), ("alt", "")],
            file: ("Ảnh cầu.jpg", photo))
        #expect(reply.status == 303, "\(reply.status) \(reply.text)")
        let trailers = try room.trailers()
        #expect(trailers.contains("Galley-Transition: attach") && trailers.contains("Galley-Actor: \(Newsroom.reporter)"), "\(trailers)")
        #expect(try room.auditVerify().ok == true)
        let page = try LoopbackHTTP.request(port: signed.desk.port, "GET", "/articles/\(id)", headers: [("Cookie", signed.cookie)])
        #expect(page.text.contains("src=\"/articles/\(id)/files/anh-cau.jpg\""), "\(page.text)")
        #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; Cầu — Ảnh: Thanh Phú") && !page.text.contains("<script>"), "\(page.text)")
        let served = try LoopbackHTTP.request(port: signed.desk.port, "GET", "/articles/\(id)/files/anh-cau.jpg", headers: [("Cookie", signed.cookie)])
        #expect(served.status == 200 && served.body == photo && served.header("Content-Type") == "image/jpeg")

        // and the remove button is `galley detach`
        let removed = try LoopbackHTTP.request(
            port: signed.desk.port, "POST", "/articles/\(id)/detach",
            headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", signed.cookie)],
            body: Data("csrf=\(signed.token)&name=anh-cau.jpg".utf8))
        #expect(removed.status == 303, "\(removed.status) \(removed.text)")
        #expect(try room.trailers().contains("Galley-Transition: detach"))
        #expect(try room.auditVerify().ok == true)
    }

    enum BadUpload: String, CaseIterable, Sendable { case noToken, wrongToken, scriptAsJPG, noFile, brokenBody, tooLarge }

    @Test("a bad upload is refused with nothing written", arguments: BadUpload.allCases)
    func refused(_ bad: BadUpload) throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài không nhận tệp xấu")
        if bad == .tooLarge { try room.ok(["config", "set", "attachment_max_mb", "1"], as: Newsroom.admin) }
        let signed = try Self.signedIn(room)
        defer { signed.desk.stop() }
        let before = try room.head()
        let reply: LoopbackHTTP.Reply
        switch bad {
        case .noToken: reply = try Self.upload(signed, id, [], file: ("anh.jpg", AttachmentTests.jpeg()))
        case .wrongToken: reply = try Self.upload(signed, id, [("csrf", String(repeating: "0", count: 64))], file: ("anh.jpg", AttachmentTests.jpeg()))
        case .scriptAsJPG: reply = try Self.upload(signed, id, [("csrf", signed.token)], file: ("anh.jpg", Data("#!/bin/sh\nrm -rf /\n".utf8)))
        case .noFile: reply = try Self.upload(signed, id, [("csrf", signed.token)], file: nil)
        case .tooLarge: reply = try Self.upload(signed, id, [("csrf", signed.token)], file: ("lon.jpg", AttachmentTests.jpeg(1_300_000)))
        case .brokenBody:
            reply = try LoopbackHTTP.request(
                port: signed.desk.port, "POST", "/articles/\(id)/attach",
                headers: [("Content-Type", "multipart/form-data; boundary=xyz"), ("Cookie", signed.cookie)], body: Data("csrf=\(signed.token)".utf8))
        }
        #expect((400...499).contains(reply.status), "\(bad): \(reply.status)")
        #expect(try room.head() == before, "\(bad): something was written")
        if bad == .scriptAsJPG { #expect(reply.text.contains("JPEG"), "\(reply.text)") }
    }
}
