import Foundation
import Testing

/// Issue 12: a whole `index.md` given where the body alone belongs (`--body-file index.md`,
/// a second front matter pasted into the work-tree copy or the editor) is refused, exit 3,
/// nothing written — by every command that carries text, and by `verify` for a commit made
/// with plain git (the rule lives in the step semantics the writer and verify share).
@Suite("A body that opens with front matter")
struct BodyFrontMatterTests {
    /// Where the text comes from and which command carries it.
    enum Carrier: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case new, save, correct, transitionCorrect, workTreeSave, edit, editBare

        var testDescription: String { rawValue }
    }

    /// Bodies a person might give by mistake: the article's own file, with a blank line before it,
    /// with trailing blanks on the fence.
    static func documents(id: String) -> [String] {
        let frontMatter = "---\nid: \(id)\ntitle: \"Bài\"\nstate: draft\n---\n\nNội dung thật.\n"
        return [frontMatter, "\n\n" + frontMatter, frontMatter.replacingOccurrences(of: "---\nid:", with: "---  \t\nid:")]
    }

    static let refusalWords = ["---", "front matter", "body"]

    @Test("refused with exit 3 and one line saying to give the body alone; nothing written", arguments: Carrier.allCases)
    func refused(_ carrier: Carrier) throws {
        let room = try Newsroom(bare: carrier == .editBare)
        let id = try room.newArticle("Bài có phần đầu thừa", body: "Nội dung gốc.\n")
        var person = Newsroom.reporter
        if carrier == .correct || carrier == .transitionCorrect {
            try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief), ("publish", Newsroom.chief)])
            person = Newsroom.chief
        }
        let path = try room.articlePath(id)
        for (number, document) in Self.documents(id: id).enumerated() {
            let file = try room.writeScratch("whole-\(number).md", document)
            var environment: [String: String?] = [:]
            let arguments: [String]
            switch carrier {
            case .new: arguments = ["new", "Bài mới", "--body-file", file]
            case .save: arguments = ["save", id, "--body-file", file]
            case .correct: arguments = ["correct", id, "-m", "Sửa", "--body-file", file]
            case .transitionCorrect: arguments = ["transition", id, "correct", "-m", "Sửa", "--body-file", file]
            case .workTreeSave:
                let url = room.workTreeURL(path)
                let pasted = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "Nội dung gốc.\n", with: document)
                try Data(pasted.utf8).write(to: url)
                arguments = ["save", id]
            case .edit, .editBare:
                // The editor pastes the whole file after the front matter, in place of the body.
                let script = try room.writeScratch("paste-\(number).sh", "#!/bin/sh\nsed -i '/^Nội dung gốc\\.$/d' \"$1\"\ncat '\(file)' >> \"$1\"\n")
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
                environment["EDITOR"] = script
                arguments = ["edit", id]
            }
            // Taken after the work-tree copy was edited: a refusal leaves the person's text as it is.
            let before = try room.snapshot()
            let result = try room.galley(arguments, as: person, environment: environment)
            #expect(result.status == 3, "\(carrier) #\(number): \(result)")
            #expect(result.stderr.hasPrefix("galley: "), "\(carrier) #\(number): \(result.stderr)")
            let refusal = result.stderrLines.filter { !$0.contains("edited text is kept") }
            #expect(refusal.count == 1, "\(carrier) #\(number): one line: \(result.stderr)")
            for word in Self.refusalWords {
                #expect(refusal.first?.contains(word) == true, "\(carrier) #\(number): the refusal lacks '\(word)': \(result.stderr)")
            }
            var after = try room.snapshot()
            if carrier == .edit {
                // The editor wrote into the work-tree copy itself; that text is kept, nothing else moved.
                #expect(try String(contentsOf: room.workTreeURL(path), encoding: .utf8).contains("Nội dung thật."))
                after.workTree = before.workTree
            }
            expectUnchanged(before, after, "\(carrier) #\(number)")
            if !room.bare { _ = try room.gitOut(["checkout", "--", path]) }
        }
        #expect(try room.galley(["verify"]).status == 0)
    }

    @Test("the refusal in Vietnamese")
    func vietnamese() throws {
        let room = try Newsroom()
        let file = try room.writeScratch("whole.md", "---\ntitle: \"Bài\"\n---\n\nNội dung.\n")
        let result = try room.galley(["new", "Bài mới", "--body-file", file], as: Newsroom.reporter, environment: ["GALLEY_LANG": "vi"])
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("front matter") && result.stderr.contains("hãy chỉ đưa phần nội dung"), "\(result.stderr)")
    }

    /// Bodies that only look alike: a rule of another length or kind, a rule later in the text.
    @Test("a rule that is no front matter is text", arguments: ["----\nĐoạn.\n", "***\nĐoạn.\n", "Đoạn.\n\n---\n\nĐoạn hai.\n", " ---\nĐoạn.\n", "---x\n"])
    func notFrontMatter(_ body: String) throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài có đường kẻ", body: body)
        #expect(try room.committedFile(try room.articlePath(id)).hasSuffix(body.trimmingCharacters(in: .newlines) + "\n"))
        #expect(try room.galley(["verify"]).status == 0)
    }

    @Test("the same text committed with plain git: verify names invalid-content on that commit")
    func plainGitRevision() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài sửa bằng git", body: "Nội dung gốc.\n")
        let path = try room.articlePath(id)
        try room.auditRewrite(path) { text in
            text.replacingOccurrences(of: "Nội dung gốc.\n", with: "---\nid: \(id)\nstate: draft\n---\n\nNội dung gốc.\n")
        }
        let commit = try room.auditPlainCommit(
            auditGalleyMessage(
                subject: "revise: \(id)", note: nil, article: id, transition: "revise", from: "draft", to: "draft", actor: Newsroom.reporter,
                role: "author"),
            asMember: Newsroom.reporter)
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4, "\(verdict.result)")
        #expect(verdict.violations.contains { $0.commit == commit && $0.rule == "invalid-content" && $0.article == id }, "\(verdict.listing)")
    }
}
