import Foundation
import Testing

import Galley

@Suite("NewsItemText")
struct NewsItemTextTests {
    /// CI always has ../shared beside the clone, so there the sample must be read (a skip would prove nothing);
    /// a clone on its own, without the shared workspace, has nothing to read.
    @Test(
        "the real Thái Bình item",
        .enabled(
            if: TextFixtures.sampleExists || ProcessInfo.processInfo.environment["CI"] != nil,
            "../shared/samples absent: a fresh clone has no shared workspace, nothing to read"))
    func sample() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: TextFixtures.samplePath))
        let text = try TextInput.decode(data, what: "sample")
        let item = try NewsItemText.parse(text, timeZone: TextFixtures.saigon)

        #expect(item.title == "Kiểm tra việc thực hiện “ năm dân vận chính quyền 2019”")
        let published = try #require(item.published)
        #expect(published.iso8601 == "2019-09-11T18:11:27+07:00")
        #expect(item.byline == "Thanh Phú")
        #expect(item.body.hasPrefix("Tiếp tục quán triệt"))
        #expect(item.body.hasSuffix("dân vận chính quyền.\n"))
        #expect(!item.body.hasSuffix("\n\n"))
        #expect(item.body.components(separatedBy: "\n\n").count == 5)
        #expect(!item.body.contains("lượt xem"))
        #expect(!item.body.contains("Từ khóa"))
        #expect(!item.body.contains("Thanh Phú"))
        // The fourth paragraph ends in a no-break space and a space on the page.
        #expect(item.body.split(separator: "\n").allSatisfy { !($0.last?.isWhitespace ?? true) })
        #expect(ArticleID.fold(item.body).contains("dang trong thang"))
        #expect(ArticleID.slug(from: item.title) == "kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-2019")
    }

    @Test("the project's demo article")
    func demo() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: TextFixtures.demoPath))
        let text = try TextInput.decode(data, what: "demo")
        // Written composed: decoding (which normalises) changes nothing.
        #expect(Array(text.unicodeScalars) == Array(String(decoding: data, as: UTF8.self).unicodeScalars))
        let item = try NewsItemText.parse(text, timeZone: TextFixtures.saigon)

        #expect(item.title == "Thông xe cầu Đồng Lạc, rút ngắn đường từ vùng lúa ra quốc lộ")
        #expect(try #require(item.published).iso8601 == "2026-11-20T09:30:00+07:00")
        #expect(item.byline == "Minh Đức")
        #expect(item.body.hasPrefix("Sáng 20/11,"))
        #expect(item.body.hasSuffix("so với năm trước.\n"))
        #expect(item.body.components(separatedBy: "\n\n").count == 5)
        #expect(!item.body.contains("lượt xem"))
        #expect(ArticleID.slug(from: item.title) == "thong-xe-cau-dong-lac-rut-ngan-duong-tu-vung-lua-ra-quoc-lo")
        #expect(try TextInput.singleLine(item.title, what: .title) == item.title)
    }

    @Test("an item without byline keeps its last paragraph; keywords with other spellings go")
    func noByline() throws {
        let text = """
            Chủ nhật   vui  vẻ

            Chủ nhật, 15.09.2019 | 07:05
            2.310 lượt xem

            Đoạn một.

            Đoạn hai kết thúc bằng dấu chấm.

            Từ khoá: lễ hội, du lịch
            """
        let item = try NewsItemText.parse(text, timeZone: TextFixtures.saigon)
        #expect(item.title == "Chủ nhật vui vẻ")
        #expect(try #require(item.published).iso8601 == "2019-09-15T07:05:00+07:00")
        #expect(item.byline == nil)
        #expect(item.body == "Đoạn một.\n\nĐoạn hai kết thúc bằng dấu chấm.\n")
    }

    @Test("an item without a date line still parses; CRLF and NFD input are normalised")
    func noDate() throws {
        let text = "Tiêu đề\r\n\r\nNội dung một dòng.\r\nDòng thứ hai.\r\n\r\nTHU HÀ\r\n".decomposedStringWithCanonicalMapping
        let item = try NewsItemText.parse(text, timeZone: TextFixtures.saigon)
        #expect(item.published == nil)
        #expect(Array(item.title.unicodeScalars) == Array("Tiêu đề".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(item.body == "Nội dung một dòng.\nDòng thứ hai.\n")
        #expect(item.byline == "THU HÀ")
    }

    @Test(
        "no title or no body is invalid input",
        arguments: [
            "", "\n\n  \n",
            "Tiêu đề\n\nThứ 4, 11.09.2019 | 18:11:27\n65 lượt xem\n",
            "Tiêu đề\n\nThứ 4, 11.09.2019 | 18:11:27\n\nThanh Phú\n\n• Từ khóa\n",
        ])
    func refused(text: String) {
        #expect {
            try NewsItemText.parse(text, timeZone: TextFixtures.saigon)
        } throws: { error in
            (error as? GalleyError)?.kind == .invalidInput
        }
    }
}
