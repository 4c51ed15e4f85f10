import Foundation
import Testing

/// Bad input gets a clear message and writes nothing; odd but valid input gets
/// safe, canonical results.
@Suite("Malformed input")
struct MalformedInputTests {
    // MARK: Hand edits to the work-tree copy

    enum HandEdit: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case brokenYAML
        case missingOpeningFence
        case state
        case author
        case id
        case draftFlag

        var testDescription: String { rawValue }

        func apply(to text: String, id: String) -> String {
            switch self {
            case .brokenYAML:
                return text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: \"chưa đóng ngoặc\n  : [\n#")
            case .missingOpeningFence:
                return String(text.dropFirst("---\n".count))
            case .state:
                return text.replacingOccurrences(of: "\nstate: draft\n", with: "\nstate: published\n")
            case .author:
                return text.replacingOccurrences(of: "\nauthor: \(Newsroom.reporter)\n", with: "\nauthor: \(Newsroom.editor)\n")
            case .id:
                return text.replacingOccurrences(of: "\nid: \(id)\n", with: "\nid: mot-id-khac\n")
            case .draftFlag:
                return text.replacingOccurrences(of: "\ndraft: true\n", with: "\ndraft: false\n")
            }
        }

        /// What the message must contain (besides the file's path).
        var mustMatch: String {
            switch self {
            case .brokenYAML, .missingOpeningFence: #"index\.md:\d+"#
            case .state: "state"
            case .author: "author"
            case .id: #"\bid\b"#
            case .draftFlag: "draft"
            }
        }
    }

    @Test("a hand edit to the front matter is refused by save, and kept", arguments: HandEdit.allCases)
    func handEditedFrontMatter(_ edit: HandEdit) throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài bị sửa tay")
        let path = try room.articlePath(id)
        let url = room.workTreeURL(path)
        let original = try String(contentsOf: url, encoding: .utf8)
        let edited = edit.apply(to: original, id: id)
        try #require(edited != original, "the edit \(edit) did not apply to:\n\(original)")
        try Data(edited.utf8).write(to: url)

        let before = try room.snapshot()
        let result = try room.galley(["save", id], as: Newsroom.reporter)
        expectUnchanged(before, try room.snapshot(), "save after \(edit)")
        #expect(result.status == 3, "\(edit): \(result)")
        #expect(result.stderrLines.count == 1 && result.stderr.hasPrefix("galley: "), "\(edit): \(result.stderr)")
        #expect(result.stderr.contains(path), "\(edit): message does not name \(path): \(result.stderr)")
        #expect(result.stderr.range(of: edit.mustMatch, options: .regularExpression) != nil,
                "\(edit): message does not match \(edit.mustMatch): \(result.stderr)")
        #expect(try String(contentsOf: url, encoding: .utf8) == edited, "the hand edit was not kept byte for byte")

        // A transition is refused too while the bad copy sits there.
        let submit = try room.galley(["submit", id], as: Newsroom.reporter)
        #expect(submit.status == 3, "submit over a bad work-tree copy: \(submit)")
        expectUnchanged(before, try room.snapshot(), "submit after \(edit)")
    }

    // MARK: Workflow files

    static let yamlSyntaxError = """
        version: 1
        name: hong
        roles: [reporter, editor]
        states:
          draft: { label: "Bản nháp", edit: [author] }
          review: { label: "Duyệt"
        transitions:
          - { name: create, to: draft, by: [reporter] }

        """

    static let unreachableState = """
        version: 1
        name: lac-loi
        roles: [reporter, editor, chief, admin, auditor]
        states:
          draft:     { label: "Bản nháp", edit: [author] }
          review:    { label: "Chờ duyệt", edit: [editor] }
          published: { label: "Đã xuất bản", published: true }
          retracted: { label: "Đã gỡ", final: true }
          limbo:     { label: "Lạc lối", final: true }
        transitions:
          - { name: create,  to: draft, by: [reporter] }
          - { name: submit,  from: [draft], to: review, by: [author] }
          - { name: publish, from: [review], to: published, by: [editor], forbid: [author] }
          - { name: retract, from: [published], to: retracted, by: [editor], note: required }

        """

    @Test("galley init --workflow with a YAML error: exit 3, the line, nothing created")
    func initWithBrokenWorkflow() throws {
        let room = try Newsroom(staff: [])
        let bad = try room.writeScratch("bad.yaml", Self.yamlSyntaxError)
        let target = room.root.appendingPathComponent("moi")
        let result = try room.galley(["init", target.path, "--admin", "a", "--admin-name", "A", "--workflow", bad],
                                     in: room.root)
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.hasPrefix("galley: ") && result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("bad.yaml"), "\(result.stderr)")
        #expect(result.stderr.range(of: #"(:[6-8]\b|line [6-8]\b)"#, options: .regularExpression) != nil,
                "no line number near the error (line 6–8): \(result.stderr)")
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
        #expect(leftovers.isEmpty, "init left files behind: \(leftovers)")
    }

    @Test("galley workflow check: 4 for a YAML error with its line, 4 for an unreachable state, 0 for built-ins")
    func workflowCheck() throws {
        let room = try Newsroom(staff: [])
        let bad = try room.writeScratch("bad.yaml", Self.yamlSyntaxError)
        let syntax = try room.galley(["workflow", "check", bad])
        // A file that is no workflow is the check's finding (DESIGN §6: 4), listed like the rule errors.
        #expect(syntax.status == 4, "\(syntax)")
        #expect((syntax.stdout + syntax.stderr).range(of: #"(:[6-8]\b|line [6-8]\b)"#, options: .regularExpression) != nil,
                "no line number: \(syntax)")

        let unreachable = try room.writeScratch("unreachable.yaml", Self.unreachableState)
        let lint = try room.galley(["workflow", "check", unreachable])
        #expect(lint.status == 4, "\(lint)")
        let report = lint.stdout + lint.stderr
        #expect(report.contains("limbo"), "the unreachable state is not listed: \(report)")
        #expect(!report.contains("'review'") && !report.contains("'published'") && !report.contains("'retracted'"),
                "a reachable state is reported: \(report)")

        // outside any repository, a file argument is enough
        let outside = try room.galley(["workflow", "check", unreachable], in: room.elsewhere)
        #expect(outside.status == 4, "\(outside)")

        for builtIn in ["standard", "three-level", "simple"] {
            let ok = try room.galley(["workflow", "check", builtIn])
            #expect(ok.status == 0, "\(builtIn): \(ok)")
        }
        #expect(try room.galley(["workflow", "check"]).status == 0, "the workflow in force")
    }

    // MARK: new

    @Test("new refuses bad input and writes nothing", arguments: [
        "invalid UTF-8 body", "empty title", "blank title", "two-line title",
    ])
    func newRefused(_ what: String) throws {
        let room = try Newsroom()
        var arguments: [String]
        switch what {
        case "invalid UTF-8 body":
            let body = try room.writeScratch("hong.md", Data("Nội dung ".utf8) + Data([0xFF, 0xFE, 0xC3]) + Data(" hết\n".utf8))
            arguments = ["new", "Bài có thân hỏng", "--body-file", body]
        case "empty title": arguments = ["new", ""]
        case "blank title": arguments = ["new", "  \t "]
        default: arguments = ["new", "Dòng một\nDòng hai"]
        }
        let before = try room.snapshot()
        let result = try room.galley(arguments, as: Newsroom.reporter)
        expectUnchanged(before, try room.snapshot(), what)
        #expect(result.status == 3, "\(what): \(result)")
        #expect(result.stdout.isEmpty, "\(what): printed an id: \(result.stdout)")
        #expect(result.stderrLines.count == 1 && result.stderr.hasPrefix("galley: "), "\(what): \(result.stderr)")
        if what == "invalid UTF-8 body" {
            #expect(result.stderr.contains("hong.md") && result.stderr.contains("UTF-8"), "\(result.stderr)")
        }
    }

    @Test("a title that looks like a path gives a safe id under articles/")
    func pathLikeTitle() throws {
        let room = try Newsroom()
        for title in ["../../etc/passwd", "..", "/srv/x", "a/../../b"] {
            let result = try room.ok(["new", title, "--format", "json"], as: Newsroom.reporter)
            let object = try jsonObject(result)
            let id = try #require(string(object, "id"))
            let path = try #require(string(object, "path"))
            #expect(id.range(of: #"^[a-z0-9][a-z0-9-]*$"#, options: .regularExpression) != nil, "\(title) → id \(id)")
            #expect(path.hasPrefix("articles/") && path.hasSuffix("/\(id)/index.md"), "\(title) → \(path)")
            #expect(!path.contains("..") && !path.contains("//"), "\(title) → \(path)")
            let tree = try room.gitOut(["ls-tree", "-r", "--name-only", "HEAD"])
            #expect(tree.split(separator: "\n").contains(Substring(path)), "\(path) not in HEAD")
            #expect(string(try room.show(id), "title") == title)
        }
        let tree = try room.gitOut(["ls-tree", "-r", "--name-only", "HEAD"])
        for line in tree.split(separator: "\n") {
            let ok = line.hasPrefix("articles/") || ["galley.yaml", "workflow.yaml", "people.yaml", "README.md", ".gitattributes", "layouts/partials/galley-corrections.html", "layouts/partials/galley-photos.html"].contains(String(line))
            #expect(ok, "unexpected path in the tree: \(line)")
        }
    }

    @Test("NFD and NFC titles give the same id; text is stored NFC")
    func unicodeNormalization() throws {
        let room = try Newsroom()
        let nfc = "Đặng Việt Nam"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        try #require(Array(nfd.utf8) != Array(nfc.utf8))
        let bodyNFD = "Tiếng Việt có dấu: Hà Nội, Huế.\n".decomposedStringWithCanonicalMapping

        let first = try room.newArticle(nfc)
        let second = try room.newArticle(nfd, body: bodyNFD)
        #expect(first == "dang-viet-nam")
        #expect(second == "\(first)-2")

        let file = try room.committedFile(try room.articlePath(second))
        #expect(file.utf8.elementsEqual(file.precomposedStringWithCanonicalMapping.utf8), "stored text is not NFC")
        #expect(file.contains(nfc), "title not stored as NFC:\n\(file)")
        #expect(file.contains("Hà Nội, Huế"), "body not stored as NFC:\n\(file)")
        #expect(Array(string(try room.show(second), "title")!.utf8) == Array(nfc.utf8))
    }
}
