import Testing

@testable import Galley

/// Issue 12: the paper's sections in galley.yaml, key and Vietnamese label, matched
/// without regard to marks, case, hyphens or spacing.
@Suite("Sections in galley.yaml")
struct SectionsTests {
    static let config: NewsroomConfig = {
        var config = NewsroomConfig(name: "Báo Mẫu")
        config.sections = NewsroomSection.defaults
        return config
    }()

    @Test func theListRoundTripsAndAFileWithoutOneStaysAsItWas() throws {
        let text = Self.config.rendered()
        #expect(text.contains("sections:\n  thoi-su: \"Thời sự\"\n  the-gioi: \"Thế giới\"\n"))
        let parsed = try NewsroomConfig.parse(text)
        #expect(parsed.sections == NewsroomSection.defaults && parsed.rendered() == text)
        #expect(!NewsroomConfig(name: "Báo Mẫu").rendered().contains("sections"))
    }

    @Test func aHandWrittenFlowMappingParses() throws {
        let parsed = try NewsroomConfig.parse("name: Báo\nsections: {thoi-su: Thời sự, kinh-te: Kinh tế}\n")
        #expect(parsed.sections.map(\.key) == ["thoi-su", "kinh-te"] && parsed.sections.map(\.label) == ["Thời sự", "Kinh tế"])
    }

    @Test("keys and labels match loosely", arguments: [
        ("thoi-su", "thoi-su"), ("thoi su", "thoi-su"), ("Thời sự", "thoi-su"), ("THỜI SỰ", "thoi-su"),
        ("Thời sự".decomposedStringWithCanonicalMapping, "thoi-su"), ("  thoi   su ", "thoi-su"), ("Khoa học - Công nghệ", "khoa-hoc-cong-nghe"),
        ("kinh te", "kinh-te"), ("Pháp luật", "phap-luat"),
    ])
    func matching(_ given: String, _ key: String) {
        #expect(Self.config.section(matching: given) == key)
    }

    @Test func anUnknownSectionMatchesNothingAndWithoutAListAnythingGoes() {
        #expect(Self.config.section(matching: "tin đồn") == nil)
        #expect(NewsroomConfig(name: "Báo").section(matching: "Tin đồn") == "Tin đồn")
        let refusal = Catalog.render(Self.config.unknownSection("tin đồn"), in: .vi)
        #expect(refusal.contains("thoi-su (Thời sự)") && refusal.contains("tin đồn"))
    }

    @Test("a list that cannot work is refused", arguments: [
        "name: B\nsections: {Thoi-Su: Thời sự}\n", "name: B\nsections: {thoi-su: Thời sự, thoi-su-2: Thoi su}\n",
        "name: B\nsections: [thoi-su]\n", "name: B\nsections: {thoi-su: \"\"}\n",
    ])
    func badLists(_ text: String) {
        #expect(throws: GalleyError.self) { try NewsroomConfig.parse(text) }
    }

    @Test func configSetsTheListFromOneLine() throws {
        #expect(try NewsroomSection.list("thoi-su=Thời sự, kinh-te = Kinh tế") == [
            NewsroomSection(key: "thoi-su", label: "Thời sự"), NewsroomSection(key: "kinh-te", label: "Kinh tế"),
        ])
        #expect(try NewsroomSection.list("none").isEmpty)
        #expect(throws: GalleyError.self) { try NewsroomSection.list("thoi su") }
    }
}
