import Foundation
import Testing

/// DESIGN §5: user text inside a commit message is stored NFC. Vietnamese typed on some
/// keyboards (and pasted from macOS) arrives decomposed; what git stores must not be.
@Suite("Commit messages are stored NFC")
struct StoredTextNFCTests {
    static let title = "Kiểm tra việc thực hiện “năm dân vận chính quyền 2019”"
    static let note = "Cần bổ sung ý kiến của người dân xã Đồng Lạc, huyện Ứng Hòa"

    @Test("a decomposed title and note reach git's stored message composed")
    func decomposedTitleAndNote() throws {
        let nfdTitle = Self.title.decomposedStringWithCanonicalMapping
        let nfdNote = Self.note.decomposedStringWithCanonicalMapping
        #expect(nfdTitle.utf8.count > Self.title.utf8.count && nfdNote.utf8.count > Self.note.utf8.count,
                "the fixtures must decompose")

        let room = try Newsroom()
        let id = try room.newArticle(nfdTitle)
        try room.steps(id, [("submit", Newsroom.reporter)])
        try room.ok(["reject", id, "-m", nfdNote], as: Newsroom.editor)

        // The real git's view of the stored object: header, blank line, message.
        let object = try room.git(["cat-file", "-p", "HEAD"])
        #expect(object.status == 0, "\(object)")
        let raw = object.stdoutData
        let headerEnd = try #require(raw.range(of: Data("\n\n".utf8)))
        let message = Data(raw[headerEnd.upperBound...])
        let text = try #require(String(data: message, encoding: .utf8), "the message is not UTF-8")
        #expect(Data(text.precomposedStringWithCanonicalMapping.utf8) == message, "the stored message is not NFC:\n\(text)")
        #expect(message.range(of: Data(("reject: " + Self.title).utf8)) != nil, "subject: \(text)")
        #expect(message.range(of: Data(Self.note.utf8)) != nil, "note: \(text)")
        #expect(message.range(of: Data(nfdNote.utf8)) == nil)
    }
}
