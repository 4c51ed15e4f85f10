import Foundation
import Testing

/// Issue 3: `galley diff` — word-level changes between revisions, exactly the
/// words an editor changed, on Vietnamese text in NFC or NFD.
@Suite("diff: what the editors changed")
struct AuditDiffTests {
    static let p1 = "Thái Bình — sáng 11/9, đoàn công tác của tỉnh đã kiểm tra việc thực hiện năm dân vận."
    static let p2 = "Theo báo cáo, huyện Vũ Thư có 120 hộ nghèo được hỗ trợ xây nhà trong quý ba, vượt kế hoạch đề ra."
    static let p3 = "Ông Đặng Văn Hà cho biết sẽ tiếp tục theo dõi."
    static let submitted = [p1, p2, p3].joined(separator: "\n\n") + "\n"
    /// Three words of the second paragraph changed by the editor.
    static let edits = [("huyện", "xã"), ("120", "125"), ("vượt", "đạt")]
    static var edited: String {
        var p = p2
        for (old, new) in edits { p = p.replacingOccurrences(of: old, with: new) }
        return [p1, p, p3].joined(separator: "\n\n") + "\n"
    }

    struct Segment: Equatable, CustomStringConvertible {
        var op: String
        var text: String
        var description: String { "\(op)(\(text))" }
    }

    struct Diff {
        var object: [String: Any]
        var body: [Segment]
        var title: [Segment]
        var changes: [Segment] { body.filter { $0.op != "equal" } }
        func side(_ key: String, _ field: String) -> String? { (object[key] as? [String: Any]).flatMap { string($0, field) } }
    }

    static func diff(_ room: Newsroom, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Diff {
        let result = try room.galley(["diff"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "diff \(arguments): \(result)", sourceLocation: sourceLocation)
        let object = try jsonObject(result, sourceLocation: sourceLocation)
        func segments(_ key: String) -> [Segment] {
            (object[key] as? [[String: Any]] ?? []).map { Segment(op: string($0, "op") ?? "?", text: string($0, "text") ?? "") }
        }
        return Diff(object: object, body: segments("body"), title: segments("title"))
    }

    static var threeWordChanges: [Segment] {
        edits.flatMap { [Segment(op: "delete", text: $0.0), Segment(op: "insert", text: $0.1)] }
    }

    /// An article the reporter submitted and an editor changed three words of (with `save --body-file`).
    static func editedArticle() throws -> (room: Newsroom, id: String, submit: String, save: String) {
        let room = try Newsroom()
        let id = try room.newArticle("Hỗ trợ hộ nghèo xây nhà", as: Newsroom.reporter, body: submitted)
        try room.steps(id, [("submit", Newsroom.reporter)])
        let submit = try room.head()
        let file = try room.writeScratch("edited.md", edited)
        try room.ok(["save", id, "--body-file", file], as: Newsroom.editor)
        let save = try room.head()
        #expect(save != submit, "save committed nothing")
        #expect(try room.trailers(save).contains("Galley-Transition: revise"))
        return (room, id, submit, save)
    }

    @Test("an editor changes three words in one paragraph: exactly those words are reported")
    func threeWords() throws {
        let (room, id, submit, save) = try Self.editedArticle()

        // Default: from the last submission to now.
        let diff = try Self.diff(room, [id])
        #expect(string(diff.object, "article") == id)
        #expect(diff.object["changed"] as? Bool == true)
        #expect(diff.side("from", "commit") == submit && diff.side("from", "state") == "submitted", "\(diff.object)")
        #expect(diff.side("to", "commit") == save && diff.side("to", "state") == "submitted", "\(diff.object)")
        #expect(diff.title.isEmpty, "the title did not change: \(diff.title)")
        #expect(diff.changes == Self.threeWordChanges, "changes: \(diff.changes)")
        // Nothing else changed: the equal runs and the deletions rebuild the old text, the insertions the new.
        let old = diff.body.filter { $0.op != "insert" }.map(\.text).joined()
        let new = diff.body.filter { $0.op != "delete" }.map(\.text).joined()
        #expect(old.trimmingCharacters(in: .whitespacesAndNewlines) == Self.submitted.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(new.trimmingCharacters(in: .whitespacesAndNewlines) == Self.edited.trimmingCharacters(in: .whitespacesAndNewlines))

        // Text, plain (NO_COLOR, and a pipe): git's word-diff markers around exactly those words.
        let text = try room.galley(["diff", id], environment: ["NO_COLOR": "1"])
        #expect(text.status == 0, "\(text)")
        for (old, new) in Self.edits {
            #expect(text.stdout.contains("[-\(old)-]{+\(new)+}"), "text lacks [-\(old)-]{+\(new)+}:\n\(text.stdout)")
        }
        // Exactly three, but for the `updated` line: the save's time differs from the submission's
        // whenever the two steps fall in different seconds (a loaded machine), and that is a real change.
        let words = text.stdout.split(separator: "\n").filter { !$0.hasPrefix("updated: ") }.joined(separator: "\n")
        #expect(words.components(separatedBy: "[-").count - 1 == 3, "\(text.stdout)")
        #expect(words.components(separatedBy: "{+").count - 1 == 3, "\(text.stdout)")
        #expect(!text.stdout.contains("\u{1B}["), "no colour codes with NO_COLOR")
        #expect(text.stdout.contains(String(submit.prefix(7))) && text.stdout.contains(String(save.prefix(7))), "\(text.stdout)")

        // By state names, after the editor's approval: submitted → edited.
        try room.steps(id, [("approve", Newsroom.editor)])
        let approve = try room.head()
        let byState = try Self.diff(room, [id, "submitted", "edited"])
        #expect(byState.changes == Self.threeWordChanges, "\(byState.changes)")
        #expect(byState.side("from", "commit") == submit && byState.side("to", "commit") == approve, "\(byState.object)")
        #expect(byState.side("to", "state") == "edited")

        // By commit ids.
        let byCommit = try Self.diff(room, [id, submit, save])
        #expect(byCommit.changes == Self.threeWordChanges, "\(byCommit.changes)")
        let byShortCommit = try Self.diff(room, [id, String(submit.prefix(10)), String(approve.prefix(10))])
        #expect(byShortCommit.changes == Self.threeWordChanges, "\(byShortCommit.changes)")

        // Between revisions with the same text: nothing changed.
        let same = try Self.diff(room, [id, save, approve])
        #expect(same.object["changed"] as? Bool == false)
        #expect(same.changes.isEmpty, "\(same.changes)")
        let sameText = try room.galley(["diff", id, save, approve], environment: ["NO_COLOR": "1"])
        #expect(sameText.stdout.contains("no changes"), "\(sameText.stdout)")
        let draftToSubmitted = try Self.diff(room, [id, "draft", "submitted"])
        #expect(draftToSubmitted.changes.isEmpty)

        // A state the article never entered, an unknown revision: refused or not found, never a crash.
        let never = try room.galley(["diff", id, "published"])
        #expect(never.status == 1, "\(never)")
        let unknown = try room.galley(["diff", id, "khong-phai-commit"])
        #expect(unknown.status == 1, "\(unknown)")
    }

    @Test("decomposed (NFD) input is compared as whole letters: an identical word yields no change")
    func decomposedInput() throws {
        let (room, id, _, _) = try Self.editedArticle()
        try room.steps(id, [("approve", Newsroom.editor)])
        let before = try room.head()
        let path = try room.articlePath(id)

        // The same text typed decomposed: no change, so no commit.
        let nfd = Self.edited.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > Self.edited.unicodeScalars.count, "the fixture text must have marks to decompose")
        try room.ok(["save", id, "--body-file", try room.writeScratch("same-nfd.md", Data(nfd.utf8))], as: Newsroom.chief)
        #expect(try room.head() == before, "an NFD copy of the same text must not be a change")

        // The chief changes one mark of one word (Hà → Hạ), the whole file typed in NFD.
        let changed = Self.edited.replacingOccurrences(of: "Văn Hà", with: "Văn Hạ").decomposedStringWithCanonicalMapping
        try room.ok(["save", id, "--body-file", try room.writeScratch("changed-nfd.md", Data(changed.utf8))], as: Newsroom.chief)
        let after = try room.head()
        #expect(after != before)

        // The repository stores NFC.
        let stored = try room.committedFile(path)
        #expect(stored.unicodeScalars.elementsEqual(stored.precomposedStringWithCanonicalMapping.unicodeScalars), "stored text is not NFC")

        let diff = try Self.diff(room, [id, before, after])
        #expect(diff.changes == [Segment(op: "delete", text: "Hà"), Segment(op: "insert", text: "Hạ")], "\(diff.changes)")
        for segment in diff.body {
            #expect(segment.text.unicodeScalars.elementsEqual(segment.text.precomposedStringWithCanonicalMapping.unicodeScalars),
                    "segment not NFC: \(segment)")
            let first = segment.text.unicodeScalars.first
            #expect(first.map { !$0.properties.isGraphemeExtend } ?? true, "a segment starts inside a letter: \(segment)")
        }
        // By state: from when it entered edited to now.
        let byState = try Self.diff(room, [id, "edited"])
        #expect(byState.changes == diff.changes, "\(byState.changes)")
    }
}
