import Foundation
import Testing

@testable import Galley

/// `galley.yaml` (lives with the people tests: both are the newsroom's admin-owned YAML files).
@Suite("galley.yaml (NewsroomConfig)")
struct NewsroomConfigTests {
    @Test func renderedTextParsesBack() throws {
        var config = NewsroomConfig(name: "Báo \"Thái Bình\": điện tử # 1", language: "vi", timeZoneIdentifier: "Asia/Ho_Chi_Minh", branch: "tin-bai")
        config.extra = [(key: "signing", value: "required"), (key: "motto", value: "Nhanh: chính xác \\ # ---")]
        let text = config.rendered()
        let parsed = try NewsroomConfig.parse(text)
        #expect(parsed.name == config.name)
        #expect(parsed.language == "vi")
        #expect(parsed.timeZoneIdentifier == "Asia/Ho_Chi_Minh")
        #expect(parsed.branch == "tin-bai")
        #expect(parsed.extra.map(\.key) == ["signing", "motto"])
        #expect(parsed.extra.map(\.value) == ["required", "Nhanh: chính xác \\ # ---"])
        #expect(parsed == config)
        #expect(parsed.rendered() == text)
    }

    @Test func defaultsWhenOnlyTheNameIsGiven() throws {
        let config = try NewsroomConfig.parse("name: Báo Thái Bình\n")
        #expect(config.language == "vi")
        #expect(config.timeZoneIdentifier == "Asia/Ho_Chi_Minh")
        #expect(config.branch == "main")
        #expect(config.timeZone.identifier == "Asia/Ho_Chi_Minh")
        #expect(config.extra.isEmpty)
    }

    @Test func anUnknownTimeZoneIsRefusedWithItsLine() throws {
        let text = "# settings\nname: Báo Thái Bình\ntimezone: Asia/Sai_Gon\nbranch: main\n"
        let error = try #require(throws: GalleyError.self) { try NewsroomConfig.parse(text) }
        #expect(error.kind == .invalidInput)
        #expect(error.message.hasPrefix("galley.yaml:3: "), "\(error.message)")
        #expect(error.message.contains("Asia/Sai_Gon"))
        #expect(error.message.contains("time zone"))
    }

    @Test func unknownKeysAreKeptInOrder() throws {
        let text = "name: Báo Thái Bình\nsigning: required\ntimezone: Asia/Bangkok\nfuture-setting: \"a: b\"\n"
        let config = try NewsroomConfig.parse(text)
        #expect(config.value(of: "signing") == "required")
        #expect(config.value(of: "future-setting") == "a: b")
        #expect(config.value(of: "timezone") == "Asia/Bangkok")
        #expect(config.value(of: "nope") == nil)
        let rendered = config.rendered()
        let back = try NewsroomConfig.parse(rendered)
        #expect(back.extra.map(\.key) == ["signing", "future-setting"])
        #expect(back.value(of: "future-setting") == "a: b")
        #expect(rendered.contains("signing: \"required\""))
    }

    /// A hand-written setting whose key needs quoting is kept, so writing the file back must keep it readable.
    @Test func anAwkwardUnknownKeySurvivesARoundTrip() throws {
        let config = try NewsroomConfig.parse("name: Báo Thái Bình\n\"ghi chú: #1\": có\n")
        #expect(config.value(of: "ghi chú: #1") == "có")
        let back = try NewsroomConfig.parse(config.rendered())
        #expect(back.value(of: "ghi chú: #1") == "có")
    }

    @Test(arguments: [
        ("language: vi\n", 1, "name"),
        ("name: X\nbranch: \"a b\"\n", 2, "branch"),
        ("name: X\nbranch: \"a..b\"\n", 2, "branch"),
        ("name: X\nbranch: [main]\n", 2, "single value"),
    ])
    func malformedSettingsNameTheLine(text: String, line: Int, mentions: String) throws {
        let error = try #require(throws: GalleyError.self) { try NewsroomConfig.parse(text) }
        #expect(error.kind == .invalidInput)
        #expect(error.message.hasPrefix("galley.yaml:\(line): "), "\(error.message)")
        #expect(error.message.contains(mentions), "\(error.message)")
    }

    @Test func decomposedNameBecomesNFC() throws {
        let nfd = "Báo Thái Bình".decomposedStringWithCanonicalMapping
        let config = try NewsroomConfig.parse("name: \(nfd)\n")
        #expect(Array(config.name.unicodeScalars) == Array("Báo Thái Bình".precomposedStringWithCanonicalMapping.unicodeScalars))
    }
}
