import Foundation
import Testing

/// A red-team finding: Hugo reads front matter keys in any case, so an extra `Draft: false`
/// beside Galley's `draft: true` would publish a draft, and `Resources:` would replace the
/// photos' captions. Such keys are refused in every step that carries text, by the writer and by verify.
@Suite("Front matter keys that steer the site")
struct SiteControlledKeysTests {
    static func insertBeforeClosing(_ text: String, _ lines: String) -> String {
        guard let range = text.range(of: "\n---\n\n") else { return text }
        return text.replacingCharacters(in: range, with: "\n" + lines + "---\n\n")
    }

    @Test("save refuses them, nothing written", arguments: [
        "Draft: false\n", "Resources:\n  - src: \"*.jpg\"\n    title: \"Ảnh giả\"\n", "PublishDate: 2020-01-01T00:00:00Z\n",
        "expiryDate: 2020-01-01T00:00:00Z\n", "aliases:\n  - \"/bai-khac/\"\n", "url: \"/trang-chu/\"\n", "_build: {render: always}\n",
    ])
    func saveRefuses(_ lines: String) throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bản nháp bí mật")
        let url = room.workTreeURL(try room.articlePath(id))
        try Self.insertBeforeClosing(try String(contentsOf: url, encoding: .utf8), lines).write(to: url, atomically: true, encoding: .utf8)
        let before = try room.head()
        let refused = try room.galley(["save", id], as: Newsroom.reporter)
        #expect(refused.status == 3, "\(lines): \(refused)")
        #expect(try room.head() == before)
    }

    @Test("the same key by plain git is named by verify; a key differing only in case is a duplicate")
    func verifyNamesThem() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bản nháp bí mật")
        let path = try room.articlePath(id)
        try room.ok(["save", id, "--title", "Bản nháp bí mật 2"], as: Newsroom.reporter)
        try room.auditRecommitLastStep(asMember: Newsroom.reporter) {
            let url = room.workTreeURL(path)
            try Self.insertBeforeClosing(try String(contentsOf: url, encoding: .utf8), "Draft: false\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4 && verdict.violations.contains { $0.article == id }, "\(verdict.listing)")
        #expect(verdict.rules.isSubset(of: ["corrupt-article", "invalid-content"]), "\(verdict.listing)")
    }
}
