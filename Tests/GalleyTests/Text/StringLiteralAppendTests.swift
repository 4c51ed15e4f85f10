import Testing

@testable import Galley

/// `StringLiteral.appendQuoted` writes JSON strings into the output in place (issue 15): it must
/// write exactly what `quoted` returns, plain text or not.
@Suite("JSON string literals, appended in place")
struct StringLiteralAppendTests {
    @Test(arguments: [
        "", "Thông xe cầu Đồng Lạc", "Nhóm PV \"Kinh tế\"", "a\\b", "dòng một\ndòng hai", "tab\there", "\u{1B}[2J",
        "“ngoặc kép” – gạch", "\u{2028}", "\u{FEFF}bom", "\u{85}nel", "\u{A0}nbsp", "emoji 🗞️",
    ])
    func appendingWritesWhatQuotedReturns(text: String) {
        var out = "prefix:"
        StringLiteral.appendQuoted(text, to: &out)
        #expect(out == "prefix:" + StringLiteral.quoted(text))
        // Text said to need no escapes is written as it is.
        if !StringLiteral.needsEscapes(text) { #expect(StringLiteral.quoted(text) == "\"" + text + "\"") }
    }

    @Test func aRenderedListingIsUnchanged() {
        let value = JSONValue.array([.object([("id", .string("bai-1")), ("title", .string("Cầu \"Đồng Lạc\"\n")), ("tags", .array([])), ("n", .null)])])
        #expect(value.rendered() == "[\n  {\n    \"id\": \"bai-1\",\n    \"title\": \"Cầu \\\"Đồng Lạc\\\"\\n\",\n    \"tags\": [],\n    \"n\": null\n  }\n]")
        #expect(value.rendered(pretty: false) == "[{\"id\":\"bai-1\",\"title\":\"Cầu \\\"Đồng Lạc\\\"\\n\",\"tags\":[],\"n\":null}]")
    }
}
