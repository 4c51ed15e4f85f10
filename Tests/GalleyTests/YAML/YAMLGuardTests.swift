import Foundation
import Galley
import Testing

/// Issue 10: every YAML Galley reads has a bounded cost. An alias bomb (under
/// 1 KB, 10⁹ nodes expanded) is refused before the parser expands anything.
@Suite("YAML guard: anchors, aliases, tags and depth refused before parsing")
struct YAMLGuardTests {
    static let bomb: String = {
        var text = "bomb0: &b0 [\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"]\n"
        for level in 1...9 {
            text += "bomb\(level): &b\(level) [" + Array(repeating: "*b\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return text
    }()

    static let frontMatter = """
        ---
        id: bai-viet
        title: "Bài viết"
        state: draft
        draft: true
        author: thanhphu
        tags: []
        created: 2026-12-01T08:00:00+07:00

        """

    enum File: String, CaseIterable, Sendable { case frontMatter, people, workflow, config }

    static func parse(_ file: File, with extra: String) throws(GalleyError) {
        switch file {
        case .frontMatter:
            _ = try ArticleDocument.parse(frontMatter + extra + "---\n\nThân bài.\n", path: "articles/2026/12/01/bai-viet/index.md")
        case .people:
            _ = try People.parse("people:\n  - id: quantri\n    name: \"Quản Trị\"\n    email: \"qt@example.vn\"\n    roles: [admin]\n" + extra)
        case .workflow:
            _ = try WorkflowLoader.load((BuiltIn.workflow(named: "standard") ?? "") + extra)
        case .config:
            _ = try NewsroomConfig.parse("name: \"Báo Mẫu\"\n" + extra)
        }
    }

    @Test("an alias bomb is refused with the line, in every file Galley reads", arguments: File.allCases)
    func aliasBomb(_ file: File) throws {
        #expect(Self.bomb.utf8.count < 1024)
        let error = try #require(throws: GalleyError.self) { try Self.parse(file, with: Self.bomb) }
        #expect(error.kind == .invalidInput)
        #expect(error.message.contains("anchor or alias"), "\(error.message)")
    }

    @Test("tags, deep nesting and oversize files are refused", arguments: File.allCases)
    func otherHostileYAML(_ file: File) throws {
        for (extra, words) in [
            ("image: !!binary aGVsbG8=\n", "tag"),
            ("deep: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n", "nested too deeply"),
            ("big: \"" + String(repeating: "x", count: 2 * 1024 * 1024) + "\"\n", "limit"),
        ] {
            let error = try #require(throws: GalleyError.self) { try Self.parse(file, with: extra) }
            #expect(error.message.contains(words), "\(file): \(error.message)")
        }
    }

    @Test("ampersands, asterisks and bangs inside text are text")
    func punctuationInTextIsFine() throws {
        let document = try ArticleDocument.parse(
            Self.frontMatter.replacingOccurrences(of: "title: \"Bài viết\"", with: "title: Tom & Jerry *đặc biệt*!")
                + "byline: \"*Theo* & ảnh: !Hà\"\nsource: 'A & B *C*'\n---\n\nThân.\n",
            path: "articles/2026/12/01/bai-viet/index.md")
        #expect(document.meta.title == "Tom & Jerry *đặc biệt*!")
        #expect(document.meta.byline == "*Theo* & ảnh: !Hà")
    }
}
