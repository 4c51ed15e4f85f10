import Foundation
import Testing

/// The standard chain draft → submitted → edited → approved → published, run
/// through the built binary, checked against git itself.
@Suite("Full workflow chain")
struct WorkflowChainTests {
    struct Step {
        var command: [String]
        var person: String
        var transition: String
        var from: String?
        var to: String
        var role: String
    }

    static let title = "Kiểm tra việc thực hiện “năm dân vận chính quyền 2019”"
    static let eventFields = ["commit", "time", "actor", "role", "article", "transition", "from", "to", "note", "outside_workflow"]

    @Test("each step is one clean commit by the acting person", arguments: [false, true])
    func fullChain(bare: Bool) throws {
        let room = try Newsroom(bare: bare)
        let steps = [
            Step(command: [], person: Newsroom.reporter, transition: "create", from: nil, to: "draft", role: "reporter"),
            Step(command: ["submit"], person: Newsroom.reporter, transition: "submit", from: "draft", to: "submitted", role: "author"),
            Step(command: ["approve"], person: Newsroom.editor, transition: "approve", from: "submitted", to: "edited", role: "editor"),
            Step(command: ["approve"], person: Newsroom.chief, transition: "approve", from: "edited", to: "approved", role: "chief"),
            Step(command: ["publish"], person: Newsroom.chief, transition: "publish", from: "approved", to: "published", role: "chief"),
        ]

        var id = ""
        var commits: [String] = []
        for step in steps {
            let before = try room.head()
            if step.transition == "create" {
                id = try room.newArticle(Self.title, as: step.person, body: "Thái Bình — nội dung.\n")
                #expect(id == "kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-2019")
            } else {
                try room.ok(step.command + [id], as: step.person)
            }
            let head = try room.head()
            commits.append(head)
            let context = "\(step.transition) \(step.from ?? "-") → \(step.to)"

            // exactly one new commit on top of the previous tip
            #expect(try room.gitOut(["rev-parse", "HEAD^"]) == before, "\(context): not one commit on the old tip")
            #expect(try room.state(id) == step.to, "\(context)")

            if !bare {
                let status = try room.gitOut(["status", "--porcelain", "--untracked-files=all"])
                #expect(status.isEmpty, "\(context): git status not clean:\n\(status)")
            }

            // author and committer are the acting person
            let person = try #require(room.member(step.person))
            let identity = try room.gitOut(["log", "-1", "--format=%an|%ae|%cn|%ce", "HEAD"])
            #expect(identity == "\(person.name)|\(person.email)|\(person.name)|\(person.email)", "\(context)")

            // trailers exactly as design §5
            var expected = ["Galley-Article: \(id)", "Galley-Transition: \(step.transition)"]
            if let from = step.from { expected.append("Galley-From: \(from)") }
            expected += ["Galley-To: \(step.to)", "Galley-Actor: \(step.person)", "Galley-Role: \(step.role)"]
            #expect(try room.trailers() == expected, "\(context)")

            // subject names the transition and the title
            let subject = try room.gitOut(["log", "-1", "--format=%s"])
            #expect(subject.hasPrefix("\(step.transition): \(Self.title)"), "\(context): subject \(subject)")

            // front matter: draft: true until published
            let path = try room.articlePath(id)
            let committed = try room.committedFile(path)
            let draftLine = step.to == "published" ? "\ndraft: false\n" : "\ndraft: true\n"
            #expect(committed.contains(draftLine), "\(context): front matter lacks \(draftLine):\n\(committed)")
            #expect(committed.contains("\nstate: \(step.to)\n"), "\(context)")
            if !bare {
                let onDisk = try String(contentsOf: room.workTreeURL(path), encoding: .utf8)
                #expect(onDisk == committed, "\(context): work-tree copy differs from HEAD")
            }
        }

        let fsck = try room.git(["fsck", "--strict", "--no-progress"])
        #expect(fsck.status == 0, "git fsck --strict: \(fsck)")
        #expect(!fsck.stdout.contains("error") && !fsck.stderr.contains("error"), "\(fsck)")
        #expect(!fsck.stdout.contains("missing") && !fsck.stderr.contains("warning"), "\(fsck)")

        // the audit trail of the article: 5 events, newest first, every contract field
        let log = try jsonArray(try room.ok(["log", id, "--format", "json"]))
        try #require(log.count == 5, "log \(id): \(log)")
        for event in log {
            for field in Self.eventFields {
                #expect(event.keys.contains(field), "event lacks \(field): \(event)")
            }
            #expect(string(event, "article") == id)
            #expect(event["outside_workflow"] as? Bool == false)
            #expect(isNull(event, "note"))
            let time = try #require(string(event, "time"))
            #expect(time.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)$"#, options: .regularExpression) != nil,
                    "time \(time) is not ISO 8601 with an offset")
        }
        let reversed = Array(steps.reversed())
        #expect(log.map { string($0, "commit") } == commits.reversed().map { Optional($0) })
        #expect(log.map { string($0, "transition") } == reversed.map { Optional($0.transition) })
        #expect(log.map { string($0, "actor") } == reversed.map { Optional($0.person) })
        #expect(log.map { string($0, "role") } == reversed.map { Optional($0.role) })
        #expect(log.map { string($0, "to") } == reversed.map { Optional($0.to) })
        #expect(log.map { string($0, "from") } == reversed.map { $0.from })
        #expect(isNull(log[4], "from"), "create has from: null")

        let shown = try room.show(id)
        #expect(shown["approvals"] as? [String] == [Newsroom.editor, Newsroom.chief])
    }
}
