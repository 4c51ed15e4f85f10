import Testing

@testable import Galley

/// Issue 12: a person's bút danh in people.yaml (`pen_name:`), the default byline of their articles.
@Suite("Pen names in people.yaml")
struct PenNameTests {
    @Test func aPenNameRoundTripsBesideTheLogin() throws {
        let staff = People([
            Person(id: "thanhphu", name: "Nguyễn Thanh Phú", email: "phu@example.vn", roles: ["reporter"], login: "phu.nt", penName: "Phú Thanh"),
            Person(id: "hangoc", name: "Hà Ngọc", email: "ngoc@example.vn", roles: ["editor"]),
        ])
        let text = staff.rendered()
        #expect(text.contains("    pen_name: \"Phú Thanh\"\n"))
        let parsed = try People.parse(text)
        #expect(parsed == staff && parsed.rendered() == text)
        #expect(parsed.person("thanhphu")?.defaultByline == "Phú Thanh")
        #expect(parsed.person("hangoc")?.defaultByline == "Hà Ngọc")
        #expect(!People([Person(id: "a", name: "A", email: "a@x.vn", roles: [])]).rendered().contains("pen_name"))
    }

    @Test("a pen name is one line of NFC text", arguments: ["\"Dòng một\\nDòng hai\"", "\"\""])
    func aBadPenNameIsRefused(_ value: String) {
        let text = "people:\n  - id: a\n    name: A\n    email: a@x.vn\n    roles: []\n    pen_name: \(value)\n"
        #expect(throws: GalleyError.self) { try People.parse(text) }
    }

    @Test func aDecomposedPenNameIsStoredComposed() throws {
        let text = "people:\n  - id: a\n    name: A\n    email: a@x.vn\n    roles: []\n    pen_name: \"\("Phú Thanh".decomposedStringWithCanonicalMapping)\"\n"
        let parsed = try People.parse(text)
        #expect(parsed.person("a")?.penName.map { Array($0.unicodeScalars) } == Array("Phú Thanh".unicodeScalars))
    }
}
