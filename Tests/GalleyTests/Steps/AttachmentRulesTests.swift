import Foundation
import Galley
import Testing

/// The two pure rules of attaching: the kind of a file by its first bytes, and the name it is stored under.
@Suite("Attachment kinds and names")
struct AttachmentRulesTests {
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0] + Array("JFIF".utf8))
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])

    @Test("kinds come from the content", arguments: [
        (Array(jpeg), AttachmentType.jpeg), (Array(png), .png), (Array("GIF89a....".utf8), .gif),
        (Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8), .webp), (Array("%PDF-1.7\n".utf8), .pdf),
    ])
    func kinds(_ bytes: [UInt8], _ type: AttachmentType) {
        #expect(AttachmentType.detect(Data(bytes)) == type)
    }

    @Test("anything else is no attachment", arguments: ["#!/bin/sh\nrm -rf /\n", "<svg onload=alert(1)>", "RIFF....WAVE", "", "\u{FF}"])
    func others(_ text: String) {
        #expect(AttachmentType.detect(Data(text.utf8)) == nil)
    }

    @Test("names are cleaned and take their real kind's extension", arguments: [
        ("Ảnh Cầu Đồng Lạc (1).JPG", AttachmentType.jpeg, "anh-cau-dong-lac-1.jpg"),
        ("Đường phố.png", .jpeg, "duong-pho.jpg"),
        ("anh_01.jpeg", .jpeg, "anh_01.jpg"),
        ("báo cáo.pdf", .pdf, "bao-cao.pdf"),
        ("!!!.gif", .gif, "anh.gif"),
        ("tài liệu", .pdf, "tai-lieu.pdf"),
        ("a.b.c.webp", .webp, "a-b-c.webp"),
    ])
    func names(_ given: String, _ type: AttachmentType, _ stored: String) {
        #expect(AttachmentName.sanitized(given, as: type) == stored)
        // verify runs the same function on the stored name: it must give that name back
        #expect(AttachmentName.sanitized(stored, as: type) == stored)
    }

    @Test("names that hide something are refused, not cleaned", arguments: ["../anh.jpg", "a/b.jpg", "..", ".htaccess", "a\\b.jpg", "anh\u{0}.jpg", "x\ny.jpg", ""])
    func refusedNames(_ given: String) {
        #expect(AttachmentName.sanitized(given, as: .jpeg) == nil)
    }

    @Test("a very long name is cut, and still ends in its extension")
    func longNames() throws {
        let stored = try #require(AttachmentName.sanitized(String(repeating: "ảnh ", count: 80) + ".jpg", as: .jpeg))
        #expect(stored.count <= 64 && stored.hasSuffix(".jpg") && !stored.contains("-.jpg"))
        #expect(AttachmentName.sanitized(stored, as: .jpeg) == stored)
    }
}
