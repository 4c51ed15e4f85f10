import Testing

@testable import Galley

/// galley.yaml's `sections:`: each key and label is folded once, and two sections that read
/// the same once marks, case and hyphens are dropped are refused, naming the earlier one.
@Suite("Sections in galley.yaml: each folded once, clashes name the earlier one")
struct SectionListTests {
    static func config(_ sections: [(String, String)]) -> String {
        "name: \"Báo Mẫu\"\nsections:\n" + sections.map { "  \($0.0): \"\($0.1)\"\n" }.joined()
    }

    @Test("a long list parses in file order")
    func longList() throws {
        let sections = (1...60).map { ("muc-\($0)", "Chuyên mục số \($0)") } + [("thoi-su", "Thời sự"), ("kinh-te", "Kinh tế")]
        let config = try NewsroomConfig.parse(Self.config(sections))
        #expect(config.sections.map(\.key) == sections.map(\.0))
        #expect(config.sections.last?.label == "Kinh tế")
    }

    struct Clash: Sendable, CustomTestStringConvertible {
        var sections: [(String, String)]
        var named: String
        var testDescription: String { named }
    }

    @Test("sections that read the same are refused, naming the first earlier one in file order", arguments: [
        Clash(sections: [("thoi-su", "Thời sự"), ("xa-hoi", "thoi su")], named: "sections 'thoi-su' and 'xa-hoi'"),
        Clash(sections: [("thoi-su", "Tin nhanh"), ("tin-nhanh", "Nhanh")], named: "sections 'thoi-su' and 'tin-nhanh'"),
        Clash(sections: [("kinh-te", "Kinh tế"), ("the-thao", "KINH-TẾ")], named: "sections 'kinh-te' and 'the-thao'"),
        // The third reads as both earlier ones: the first of them is named.
        Clash(sections: [("a", "Kinh tế"), ("b", "Bóng đá"), ("kinh-te", "bong da")], named: "sections 'a' and 'kinh-te'"),
        Clash(sections: [("b", "Bóng đá"), ("a", "Kinh tế"), ("kinh-te", "bong da")], named: "sections 'b' and 'kinh-te'"),
    ])
    func clash(_ clash: Clash) {
        #expect {
            try NewsroomConfig.parse(Self.config(clash.sections))
        } throws: { error in
            (error as? GalleyError)?.message.contains(clash.named) == true
        }
    }
}
