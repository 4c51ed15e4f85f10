import Foundation
import Testing

/// Issue 13: verify's findings are said in the reader's language (an auditor at a Vietnamese
/// newsroom reads Vietnamese), while its JSON keeps the English sentence, byte for byte.
@Suite("verify speaks the reader's language; its JSON stays English")
struct VerifyLanguageTests {
    /// `LANG` set, `GALLEY_LANG` unset: the locale decides unless `--lang` says otherwise.
    static func verify(_ room: Newsroom, _ arguments: [String] = [], lang: String) throws -> RunResult {
        try room.galley(["verify"] + arguments, environment: ["GALLEY_LANG": nil, "LANG": lang, "LC_ALL": nil, "LC_MESSAGES": nil])
    }

    /// An approval recommitted by hand with a stray file in the article's folder: a violation on that article.
    static func tamperedRoom() throws -> (room: Newsroom, id: String, stray: String, bad: String) {
        let room = try Newsroom()
        let id = try room.newArticle("Thông xe cầu Đồng Lạc")
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor)])
        let folder = (try room.articlePath(id) as NSString).deletingLastPathComponent
        let stray = folder + "/ghi-chu.txt"
        let bad = try room.auditRecommitLastStep(asMember: Newsroom.editor) {
            try Data("ghi chú riêng\n".utf8).write(to: room.workTreeURL(stray))
        }
        return (room, id, stray, bad)
    }

    @Test func theTextFollowsTheLocaleAndTheFlag() throws {
        let (room, id, stray, bad) = try Self.tamperedRoom()

        let vietnamese = try Self.verify(room, lang: "vi_VN.UTF-8")
        #expect(vietnamese.status == 4, "\(vietnamese)")
        let line = try #require(vietnamese.stdout.split(separator: "\n").first { $0.hasPrefix(bad.prefix(7)) }, "\(vietnamese.stdout)")
        #expect(line.contains("[unexplained-change]") && line.contains(" \(id) "), "\(line)")
        for fact in ["bước 'approve' trên bài \(id)", "không ghi tệp", stray] {
            #expect(line.contains(fact), "the Vietnamese sentence lacks '\(fact)': \(line)")
        }
        #expect(!line.contains("is not written by"), "no English in the Vietnamese line: \(line)")
        #expect(vietnamese.stdout.contains("vi phạm"), "the verdict in Vietnamese too: \(vietnamese.stdout)")
        #expect(vietnamese.stdout == vietnamese.stdout.precomposedStringWithCanonicalMapping)

        let english = try Self.verify(room, ["--lang", "en"], lang: "vi_VN.UTF-8")
        #expect(english.status == 4, "\(english)")
        #expect(english.stdout.contains("\(stray) is not written by a 'approve' step on \(id)"), "\(english.stdout)")
        #expect(!english.stdout.contains("không ghi tệp"), "\(english.stdout)")
    }

    @Test func theJSONIsTheSameBytesInBothLanguages() throws {
        let (room, id, stray, bad) = try Self.tamperedRoom()

        let vietnamese = try Self.verify(room, ["--format", "json"], lang: "vi_VN.UTF-8")
        let english = try Self.verify(room, ["--format", "json", "--lang", "en"], lang: "vi_VN.UTF-8")
        let locale = try Self.verify(room, ["--format", "json"], lang: "C")
        #expect(vietnamese.status == 4 && english.status == 4 && locale.status == 4)
        #expect(vietnamese.stdoutData == english.stdoutData, "JSON differs by language:\n\(vietnamese.stdout)\n\(english.stdout)")
        #expect(vietnamese.stdoutData == locale.stdoutData)

        let report = try jsonObject(vietnamese)
        let violations = try #require(report["violations"] as? [[String: Any]])
        let found = try #require(violations.first { string($0, "commit") == bad && string($0, "rule") == "unexplained-change" }, "\(violations)")
        #expect(string(found, "article") == id)
        #expect(string(found, "message") == "\(stray) is not written by a 'approve' step on \(id)")
    }

    /// A refusal `StepSemantics` makes keeps its catalog facts: said in Vietnamese, its JSON English.
    @Test func aRefusedStepIsSaidInVietnamese() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài trả lại không lý do")
        try room.steps(id, [("submit", Newsroom.reporter)])
        // A reject taken, undone, and committed again by hand without its note.
        try room.ok(["reject", id, "-m", "Lý do tạm"], as: Newsroom.editor)
        _ = try room.gitOut(["reset", "-q", "--soft", "HEAD^"])
        let message = auditGalleyMessage(
            subject: "reject: Bài trả lại không lý do (submitted → returned)", article: id, transition: "reject",
            from: "submitted", to: "returned", actor: Newsroom.editor, role: "editor")
        let bad = try room.auditPlainCommit(message, asMember: Newsroom.editor)

        let vietnamese = try Self.verify(room, lang: "vi_VN.UTF-8")
        let json = try Self.verify(room, ["--format", "json"], lang: "vi_VN.UTF-8")
        #expect(vietnamese.status == 4 && json.status == 4, "\(vietnamese)")
        let line = try #require(vietnamese.stdout.split(separator: "\n").first { $0.hasPrefix(bad.prefix(7)) }, "\(vietnamese.stdout)")
        #expect(line.contains("[not-permitted]") && line.contains(" \(id) "), "\(line)")
        let violations = try #require(try jsonObject(json)["violations"] as? [[String: Any]])
        let found = try #require(violations.first { string($0, "commit") == bad && string($0, "rule") == "not-permitted" }, "\(violations)")
        let sentence = try #require(string(found, "message"))
        #expect(sentence.contains("reject") && sentence.contains("note"), "the JSON sentence is English: \(sentence)")
        #expect(!line.contains(sentence), "the Vietnamese line is not the English sentence: \(line)")
        #expect(line.contains("reject") && line.contains("-m"), "\(line)")
    }

    /// An attacker names a file so its path forges a line of the verdict (git allows a newline in a
    /// name): each violation stays one line, in both languages, and the JSON keeps the path as it is.
    @Test func aPathCannotForgeALineOfTheVerdict() throws {
        let room = try Newsroom()
        _ = try room.newArticle("Thông xe cầu Đồng Lạc")
        let forged = "ghi-chu\n0000000 - [ok] \u{1B}[32mkhông có vi phạm"
        try Data("x\n".utf8).write(to: room.workTreeURL(forged))
        _ = try room.gitOut(["add", "-A"])
        let bad = try room.auditPlainCommit("Thêm ghi chú\n", asMember: Newsroom.reporter)

        for arguments in [[], ["--lang", "en"]] {
            let verdict = try Self.verify(room, arguments, lang: "vi_VN.UTF-8")
            #expect(verdict.status == 4, "\(verdict)")
            let lines = verdict.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 2, "one violation line and the verdict: \(verdict.stdout)")
            #expect(lines.first?.hasPrefix(bad.prefix(7)) == true && lines.first?.contains("[outside-workflow]") == true, "\(verdict.stdout)")
            #expect(!lines.contains { $0.hasPrefix("0000000") }, "a forged line: \(verdict.stdout)")
            #expect(!verdict.stdout.contains("\u{1B}"), "an escape sequence reached the terminal: \(verdict.stdout)")
        }
        let json = try Self.verify(room, ["--format", "json"], lang: "vi_VN.UTF-8")
        let violations = try #require(try jsonObject(json)["violations"] as? [[String: Any]])
        #expect(violations.contains { string($0, "commit") == bad && (string($0, "message") ?? "").hasPrefix(forged + " changed without a Galley step") },
                "\(violations)")
    }
}
