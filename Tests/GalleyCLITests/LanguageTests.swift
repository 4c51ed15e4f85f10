import Foundation
import Testing

/// Issue 13: a refusal in Vietnamese on a Vietnamese locale, English on `LANG=C` or
/// with `--lang en`; JSON is the same bytes whatever the language.
@Suite("Galley speaks the reader's language")
struct LanguageTests {
    static func run(_ room: Newsroom, _ arguments: [String], as person: String? = nil, lang: String?, galleyLang: String? = nil) throws -> RunResult {
        try room.galley(arguments, as: person, environment: ["GALLEY_LANG": galleyLang, "LANG": lang, "LC_ALL": nil, "LC_MESSAGES": nil])
    }

    @Test func aRefusedApprovalInVietnameseAndInEnglish() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Thông xe cầu Đồng Lạc")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let before = try room.head()

        let vietnamese = try Self.run(room, ["approve", id], as: Newsroom.reporter, lang: "vi_VN.UTF-8")
        #expect(vietnamese.status == 3)
        for fact in [id, "approve", "không được", "biên tập viên", Newsroom.reporter] {
            #expect(vietnamese.stderr.contains(fact), "Vietnamese refusal lacks '\(fact)': \(vietnamese.stderr)")
        }
        #expect(vietnamese.stderr == vietnamese.stderr.precomposedStringWithCanonicalMapping)

        for (lang, chosen) in [("C", nil), ("vi_VN.UTF-8", "en")] as [(String, String?)] {
            let english = try Self.run(room, ["approve", id], as: Newsroom.reporter, lang: lang, galleyLang: chosen)
            #expect(english.status == 3)
            #expect(english.stderr.contains("may not approve") && english.stderr.contains(id), "LANG=\(lang) GALLEY_LANG=\(chosen ?? "-"): \(english.stderr)")
        }
        let flagged = try Self.run(room, ["approve", id, "--lang", "en"], as: Newsroom.reporter, lang: "vi_VN.UTF-8", galleyLang: "vi")
        #expect(flagged.status == 3 && flagged.stderr.contains("may not approve"), "--lang en wins over the locale and GALLEY_LANG: \(flagged.stderr)")
        #expect(try room.head() == before, "nothing written")

        // A step taken: the confirmation follows the language too.
        let taken = try Self.run(room, ["approve", id], as: Newsroom.editor, lang: "vi_VN.UTF-8")
        #expect(taken.status == 0 && taken.stdout.contains("người thực hiện: \(Newsroom.editor)"), "\(taken)")
    }

    @Test func tablesAndTimesFollowTheLanguage() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài có bảng")
        let vietnamese = try Self.run(room, ["list"], lang: "vi_VN.UTF-8")
        #expect(vietnamese.stdout.contains("TIÊU ĐỀ") && vietnamese.stdout.contains(id), "\(vietnamese.stdout)")
        #expect(vietnamese.stdout.range(of: #"\d\d:\d\d \d\d/\d\d/20\d\d"#, options: .regularExpression) != nil, "a Vietnamese time: \(vietnamese.stdout)")
        let english = try Self.run(room, ["list"], lang: "C")
        #expect(english.stdout.contains("TITLE") && english.stdout.range(of: #"20\d\d-\d\d-\d\dT"#, options: .regularExpression) != nil, "\(english.stdout)")
        let log = try Self.run(room, ["log"], lang: "vi_VN.UTF-8")
        #expect(log.stdout.contains("NGƯỜI LÀM"), "\(log.stdout)")
        let show = try Self.run(room, ["show", id], lang: "vi_VN.UTF-8")
        #expect(show.stdout.contains("trạng thái:") && show.stdout.contains("tác giả:"), "\(show.stdout)")
    }

    @Test func jsonIsTheSameBytesInEveryLanguage() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài kiểm tra ngôn ngữ")
        for arguments in [["list", "--format", "json"], ["show", id, "--format", "json"], ["log", "--format", "json"], ["verify", "--format", "json"]] {
            let vietnamese = try Self.run(room, arguments, lang: "vi_VN.UTF-8")
            let english = try Self.run(room, arguments, lang: "C")
            #expect(vietnamese.status == 0 && english.status == 0)
            #expect(vietnamese.stdoutData == english.stdoutData, "\(arguments.joined(separator: " ")) differs by language")
        }
    }

    @Test func everyCommandsHelpIsVietnameseOnAVietnameseLocale() throws {
        let room = try Newsroom()
        let overview = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("OVERVIEW:") }.map(String.init) ?? "" }
        for path in [[]] + (try DocsContractTests.commandPaths(room)) {
            let vietnamese = try Self.run(room, path + ["--help"], lang: "vi_VN.UTF-8")
            let english = try Self.run(room, path + ["--help"], lang: "C")
            #expect(vietnamese.status == 0 && english.status == 0)
            #expect(overview(vietnamese.stdout) != overview(english.stdout), "`galley \(path.joined(separator: " "))` has no Vietnamese abstract: \(overview(english.stdout))")
            #expect(vietnamese.stdout == vietnamese.stdout.precomposedStringWithCanonicalMapping)
        }
        let root = try Self.run(room, ["--help"], lang: "vi_VN.UTF-8")
        #expect(root.stdout.contains("Mã thoát:") && root.stdout.contains("5  sync"), "the exit codes, 5 included: \(root.stdout)")
    }

    @Test func aReportersUnsavedEditIsExplainedInVietnamese() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài sửa tay", body: "Đoạn một.\n")
        let path = try room.articlePath(id)
        let url = room.workTreeURL(path)
        try Data((try String(contentsOf: url, encoding: .utf8) + "Sửa tay.\n").utf8).write(to: url)
        let vietnamese = try Self.run(room, ["submit", id], as: Newsroom.reporter, lang: "vi_VN.UTF-8")
        #expect(vietnamese.status == 3)
        #expect(vietnamese.stderr.contains("\(path) có chỗ sửa chưa lưu") && vietnamese.stderr.contains("`galley save \(id)`"), "\(vietnamese.stderr)")
        let english = try Self.run(room, ["submit", id], as: Newsroom.reporter, lang: "C")
        #expect(english.status == 3 && english.stderr.contains("has uncommitted edits"), "\(english.stderr)")
    }
}
