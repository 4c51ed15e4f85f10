import Foundation
import Testing

/// Issue 12: `new` signs an article with its author's pen name unless `--byline` says
/// otherwise; the byline forms of a Vietnamese paper are taken as given.
@Suite("Pen names and bylines")
struct PenNameBylineTests {
    @Test("people add --pen-name; new uses it as the default byline; people list shows it")
    func penNameIsTheDefaultByline() throws {
        let room = try Newsroom()
        try room.ok(["people", "add", "phongvien", "--name", "Nguyễn Văn Phóng", "--email", "pv@example.vn", "--role", "reporter",
                     "--pen-name", "Phóng Nguyễn"], as: Newsroom.admin)
        let id = try room.newArticle("Bài có bút danh", as: "phongvien")
        #expect(string(try room.show(id), "byline") == "Phóng Nguyễn")
        #expect(try room.committedFile("people.yaml").contains("pen_name: \"Phóng Nguyễn\""))
        let people = try jsonArray(try room.ok(["people", "list", "--format", "json"]))
        #expect(people.contains { string($0, "id") == "phongvien" && string($0, "pen_name") == "Phóng Nguyễn" })
        #expect(people.contains { string($0, "id") == Newsroom.reporter && $0["pen_name"] is NSNull })
        // Without a pen name the byline is the name, as before.
        let plain = try room.newArticle("Bài không bút danh")
        #expect(string(try room.show(plain), "byline") == room.member(Newsroom.reporter)?.name)
        #expect(try room.auditVerify().ok == true)
    }

    @Test("byline forms are taken as given", arguments: ["Bài và ảnh: Thanh Phú", "Theo TTXVN", "Nhóm phóng viên", "Thanh Phú - Hà Ngọc"])
    func bylineForms(_ byline: String) throws {
        let room = try Newsroom()
        let made = try room.ok(["new", "Bài có dòng tác giả", "--byline", byline], as: Newsroom.reporter)
        let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(string(try room.show(id), "byline") == byline)
    }

    @Test func aMultiLinePenNameIsRefused() throws {
        let room = try Newsroom()
        let result = try room.galley(["people", "add", "x", "--name", "X", "--email", "x@example.vn", "--pen-name", "a\nb"], as: Newsroom.admin)
        #expect(result.status == 3, "\(result)")
    }
}
