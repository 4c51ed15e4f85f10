import Testing

@testable import Galley

/// Issue 13: the front matter reader and the rules-file reader agree on what a boolean is.
@Suite("One YAML boolean")
struct YAMLBoolTests {
    @Test("front matter `draft:` and people.yaml `active:` read the same text the same way",
          arguments: ["true", "True", "TRUE", "false", "False", "FALSE", "yes", "no", "on", "off", "1", "\"true\""])
    func bothReadersAgree(_ text: String) {
        let frontMatter = "---\nid: bai\ntitle: \"T\"\nstate: draft\ndraft: \(text)\nauthor: phu\ncreated: 2019-09-11T18:11:27+07:00\nextra: 1\n---\n\nThân.\n"
        let article = try? ArticleDocument.parse(frontMatter, path: "articles/2019/09/11/bai/index.md")
        let people = try? People.parse("people:\n  - id: phu\n    name: \"Phú\"\n    email: \"phu@example.vn\"\n    roles: [reporter]\n    active: \(text)\n")
        #expect((article == nil) == (people == nil), "\(text): one reader accepts it, the other refuses")
        #expect(article?.meta.draft == people?.people.first?.active, "\(text)")
        #expect((article != nil) == (YAMLBool.value(text) != nil), "\(text)")
    }
}
