import Foundation
import Testing

/// `queue`, `list`, `show`, `log` and the `--format json` contract of write commands.
@Suite("Reading commands and JSON output")
struct ReadingAndJSONTests {
    static let articleFields = ["id", "title", "state", "author", "section", "tags", "path", "created", "updated"]
    static let eventFields = ["commit", "time", "actor", "role", "article", "transition", "from", "to", "note", "outside_workflow"]

    static func expectFields(_ object: [String: Any], _ fields: [String], _ context: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        for field in fields {
            #expect(object.keys.contains(field), "\(context): missing \(field) in \(object)", sourceLocation: sourceLocation)
        }
    }

    @Test("queue: what waits for each person")
    func queue() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài chờ biên tập")
        try room.steps(id, [("submit", Newsroom.reporter)])

        let editorText = try room.ok(["queue"], as: Newsroom.editor)
        let line = editorText.stdout.split(separator: "\n").first { $0.contains(id) }
        #expect(line?.contains("approve") == true, "editor's queue:\n\(editorText.stdout)")

        let editorJSON = try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.editor))
        let item = try #require(editorJSON.first { string($0, "id") == id }, "\(editorJSON)")
        Self.expectFields(item, Self.articleFields, "queue item")
        #expect(string(item, "state") == "submitted")
        #expect(string(item, "author") == Newsroom.reporter)
        #expect(string(item, "section") == "thoi-su")
        #expect(item["tags"] is [Any])
        #expect((item["steps"] as? [String])?.contains("approve") == true, "steps: \(item)")

        let reporterText = try room.ok(["queue"], as: Newsroom.reporter)
        #expect(!reporterText.stdout.contains(id), "reporter's queue:\n\(reporterText.stdout)")
        let reporterJSON = try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.reporter))
        #expect(reporterJSON.isEmpty, "reporter's queue: \(reporterJSON)")

        // after the editor's approval it waits for the chief's approval
        try room.steps(id, [("approve", Newsroom.editor)])
        let chiefJSON = try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.chief))
        let chiefItem = try #require(chiefJSON.first { string($0, "id") == id }, "\(chiefJSON)")
        #expect((chiefItem["steps"] as? [String])?.contains("approve") == true, "\(chiefItem)")

        // returned: back in the reporter's queue, with submit
        try room.ok(["reject", id, "-m", "Thiếu nguồn"], as: Newsroom.chief)
        let back = try jsonArray(try room.ok(["queue", "--format", "json"], as: Newsroom.reporter))
        let backItem = try #require(back.first { string($0, "id") == id }, "\(back)")
        #expect((backItem["steps"] as? [String])?.contains("submit") == true, "\(backItem)")
        #expect(string(backItem, "state") == "returned")

        // queue needs to know who is asking
        let anonymous = try room.galley(["queue"])
        #expect(anonymous.status == 1, "\(anonymous)")
    }

    @Test("new --format json has id and path (in HEAD) and the event fields")
    func newJSON() throws {
        let room = try Newsroom()
        let body = try room.writeScratch("b.md", "Thân bài.\n")
        let result = try room.ok(["new", "Bài JSON", "--section", "kinh-te", "--tag", "Hà Nội", "--tag", "giá xăng",
                                  "--body-file", body, "--format", "json"], as: Newsroom.reporter)
        let object = try jsonObject(result)
        let id = try #require(string(object, "id"))
        let path = try #require(string(object, "path"))
        #expect(id == "bai-json")
        #expect(path.range(of: #"^articles/\d{4}/\d\d/\d\d/bai-json/index\.md$"#, options: .regularExpression) != nil, "\(path)")
        let tree = try room.gitOut(["ls-tree", "-r", "--name-only", "HEAD"])
        #expect(tree.split(separator: "\n").contains(Substring(path)), "\(path) not in HEAD:\n\(tree)")
        Self.expectFields(object, Self.eventFields, "new")
        #expect(string(object, "commit") == (try room.head()))
        #expect(string(object, "transition") == "create")
        #expect(isNull(object, "from"))
        #expect(string(object, "to") == "draft")

        let shown = try room.show(id)
        Self.expectFields(shown, Self.articleFields, "show")
        #expect(string(shown, "path") == path)
        #expect(shown["tags"] as? [String] == ["Hà Nội", "giá xăng"])
        #expect(string(shown, "section") == "kinh-te")
    }

    @Test("a transition's --format json is its event", arguments: ["submit", "transition"])
    func transitionJSON(command: String) throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài sự kiện")
        let arguments = command == "submit"
            ? ["submit", id, "-m", "Nhờ anh xem", "--format", "json"]
            : ["transition", id, "submit", "-m", "Nhờ anh xem", "--format", "json"]
        let event = try jsonObject(try room.ok(arguments, as: Newsroom.reporter))
        Self.expectFields(event, Self.eventFields, command)
        #expect(string(event, "commit") == (try room.head()))
        #expect(string(event, "actor") == Newsroom.reporter)
        #expect(string(event, "role") == "author")
        #expect(string(event, "article") == id)
        #expect(string(event, "transition") == "submit")
        #expect(string(event, "from") == "draft")
        #expect(string(event, "to") == "submitted")
        #expect(string(event, "note") == "Nhờ anh xem")
        #expect(event["outside_workflow"] as? Bool == false)
        // the same event as the audit trail's newest
        let log = try jsonArray(try room.ok(["log", id, "--format", "json"]))
        #expect(string(try #require(log.first), "commit") == string(event, "commit"))
    }

    @Test("list, log filters, csv and jsonl")
    func listAndLog() throws {
        let room = try Newsroom()
        let a = try room.newArticle("Bài thứ nhất")
        let b = try room.newArticle("Bài thứ hai", as: Newsroom.editor, section: "the-thao")
        try room.steps(a, [("submit", Newsroom.reporter)])

        let all = try jsonArray(try room.ok(["list", "--format", "json"]))
        #expect(Set(all.compactMap { string($0, "id") }) == [a, b])
        for item in all { Self.expectFields(item, Self.articleFields, "list item") }
        let submitted = try jsonArray(try room.ok(["list", "--state", "submitted", "--format", "json"]))
        #expect(submitted.compactMap { string($0, "id") } == [a])
        let byEditor = try jsonArray(try room.ok(["list", "--author", Newsroom.editor, "--format", "json"]))
        #expect(byEditor.compactMap { string($0, "id") } == [b])
        let sport = try jsonArray(try room.ok(["list", "--section", "the-thao", "--format", "json"]))
        #expect(sport.compactMap { string($0, "id") } == [b])

        let submits = try jsonArray(try room.ok(["log", "--transition", "submit", "--format", "json"]))
        #expect(submits.map { string($0, "article") } == [a])
        let byActor = try jsonArray(try room.ok(["log", "--actor", Newsroom.editor, "--format", "json"]))
        #expect(byActor.map { string($0, "transition") } == ["create"])

        let csv = try room.ok(["log", a, "--format", "csv"]).stdout
        let rows = csv.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(rows.first.map(String.init) == Self.eventFields.joined(separator: ","), "csv header: \(csv)")
        #expect(rows.count == 3, "csv: \(csv)")

        let jsonl = try room.ok(["log", a, "--format", "jsonl"]).stdout
        let lines = jsonl.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            Self.expectFields(object, Self.eventFields, "jsonl")
        }

        // an unknown article to show/log
        let missing = try room.galley(["show", "khong-co"])
        #expect(missing.status == 1 && missing.stderr.hasPrefix("galley: "), "\(missing)")
    }

    @Test("a commit made with plain git is reported outside the workflow")
    func outsideWorkflow() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài bị sửa ngoài")
        let path = try room.articlePath(id)
        let url = room.workTreeURL(path)
        try Data((try String(contentsOf: url, encoding: .utf8) + "Sửa bằng git.\n").utf8).write(to: url)
        #expect(try room.git(["commit", "-qam", "sửa tay"]).status == 0)
        let log = try jsonArray(try room.ok(["log", "--format", "json"]))
        let newest = try #require(log.first)
        #expect(newest["outside_workflow"] as? Bool == true, "\(newest)")
        #expect(string(newest, "article") == id, "\(newest)")
    }
}
