import Foundation
import Testing

/// Issue 13, "Forgiving, exact command line": a mistyped command or option is answered
/// with the nearest real ones (exit 64); global options stand anywhere; a filter naming
/// nobody, no state or no transition is refused with what exists (exit 3); states go by
/// label too; list, queue and search take --limit and --format csv; an id may be shortened.
@Suite("A forgiving, exact command line")
struct ForgivingCommandLineTests {
    /// One line on stderr, `galley: `, the expected words, nothing on stdout, exit `status`.
    static func expectOneLine(
        _ result: RunResult, status: Int32, containing words: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == status, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1 && result.stderr.hasPrefix("galley: "), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "\(result.stdout)", sourceLocation: sourceLocation)
        for word in words {
            #expect(result.stderr.contains(word), "stderr lacks '\(word)': \(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Mistyped commands and options

    struct Typo: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var suggestion: String
        var testDescription: String { "galley " + arguments.joined(separator: " ") }
    }

    static let typos: [Typo] = [
        Typo(arguments: ["aprove", "ID"], suggestion: "did you mean `approve`?"),
        Typo(arguments: ["--as", Newsroom.editor, "aproove", "ID"], suggestion: "did you mean `approve`?"),
        Typo(arguments: ["aproove", "ID", "--as=\(Newsroom.editor)"], suggestion: "did you mean `approve`?"),
        Typo(arguments: ["sumbit", "ID"], suggestion: "did you mean `submit`?"),
        Typo(arguments: ["list", "--stat", "submitted"], suggestion: "did you mean `--state`?"),
        Typo(arguments: ["--as", Newsroom.editor, "list", "--stat", "submitted"], suggestion: "did you mean `--state`?"),
        Typo(arguments: ["log", "--actr", Newsroom.editor], suggestion: "did you mean `--actor`?"),
        Typo(arguments: ["people", "ad", "x"], suggestion: "did you mean `people add`?"),
        Typo(arguments: ["workflow", "chek"], suggestion: "did you mean `workflow check`?"),
    ]

    @Test("a mistyped command or option: the nearest real ones, exit 64, nothing written", arguments: typos)
    func mistyped(typo: Typo) throws {
        let room = try Newsroom()
        let id = try room.newArticle("Thông xe cầu Đồng Lạc")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let before = try room.snapshot()
        let result = try room.galley(typo.arguments.map { $0 == "ID" ? id : $0 })
        Self.expectOneLine(result, status: 64, containing: [typo.suggestion])
        #expect(!result.stderr.contains("nknown option '--as"), "\(result.stderr)")
        expectUnchanged(before, try room.snapshot(), typo.testDescription)
    }

    @Test("in Vietnamese with --lang vi, anywhere on the line")
    func mistypedInVietnamese() throws {
        let room = try Newsroom()
        for arguments in [["--lang", "vi", "aprove", "x"], ["aprove", "x", "--lang=vi"]] {
            let result = try room.galley(arguments)
            Self.expectOneLine(result, status: 64, containing: ["'aprove'", "bạn có muốn gõ `approve`?"])
        }
        let option = try room.galley(["list", "--stat", "submitted", "--lang", "vi"])
        Self.expectOneLine(option, status: 64, containing: ["'--stat'", "bạn có muốn gõ `--state`?"])
    }

    @Test("nothing near: where the commands and options are listed")
    func nothingNear() throws {
        let room = try Newsroom()
        let command = try room.galley(["frobnicate", "x"])
        Self.expectOneLine(command, status: 64, containing: ["'frobnicate'", "`galley --help`"])
        #expect(!command.stderr.contains("did you mean"))
        let option = try room.galley(["list", "--zzzzzz"])
        Self.expectOneLine(option, status: 64, containing: ["'--zzzzzz'", "`galley list --help`"])
    }

    @Test("what the parser says best stays its own: a missing id, an extra word, help")
    func parserMessages() throws {
        let room = try Newsroom()
        let missing = try room.galley(["show"])
        #expect(missing.status == 64 && missing.stderr.contains("Missing expected argument"), "\(missing)")
        let extra = try room.galley(["list", "extra"])
        #expect(extra.status == 64 && extra.stderr.contains("Unexpected argument 'extra'"), "\(extra)")
        let help = try room.galley(["--repo", room.repo.path, "--as", Newsroom.editor, "--help"])
        #expect(help.status == 0 && help.stdout.contains("SUBCOMMANDS"), "\(help)")
        let commandHelp = try room.galley(["approve", "--help"])
        #expect(commandHelp.status == 0 && commandHelp.stdout.contains("--lang"), "\(commandHelp)")
    }

    // MARK: Global options anywhere

    static let placements: [[String]] = [
        ["--as", Newsroom.editor, "approve", "ID"],
        ["approve", "--as", Newsroom.editor, "ID"],
        ["approve", "ID", "--as", Newsroom.editor],
        ["approve", "ID", "--as=\(Newsroom.editor)"],
        ["--as=\(Newsroom.editor)", "approve", "ID"],
        ["--lang", "en", "approve", "ID", "--as", Newsroom.editor],
        ["--repo", "REPO", "approve", "--lang=en", "ID", "--as", Newsroom.editor],
        ["approve", "ID", "--repo=REPO", "--as", Newsroom.editor, "--format", "json"],
    ]

    @Test("--as, --repo and --lang before, inside and after the command", arguments: placements)
    func globalOptionsAnywhere(arguments: [String]) throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài đặt tùy chọn ở đâu cũng được")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let line = arguments.map { $0 == "ID" ? id : $0.replacingOccurrences(of: "REPO", with: room.repo.path) }
        let result = try room.galley(line, in: line.contains { $0.contains(room.repo.path) } ? room.elsewhere : nil)
        #expect(result.status == 0, "galley \(line.joined(separator: " ")): \(result)")
        #expect(try room.state(id) == "edited")
        #expect(try room.trailers().contains("Galley-Actor: \(Newsroom.editor)"))
    }

    @Test("--repo R --as X list, from outside the repository; a nested command reads them too")
    func repoAndActorBeforeList() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài đọc từ xa")
        let list = try room.ok(["--repo", room.repo.path, "--as", Newsroom.editor, "list", "--format", "json"], in: room.elsewhere)
        #expect(try jsonArray(list).compactMap { string($0, "id") } == [id])
        let people = try room.ok(["people", "--as", Newsroom.admin, "list", "--repo", room.repo.path], in: room.elsewhere)
        #expect(people.stdout.contains(Newsroom.chief), "\(people)")
    }

    @Test("--lang takes vi or en; anything else is a usage error naming both")
    func languageOption() throws {
        let room = try Newsroom()
        for arguments in [["--lang", "fr", "list"], ["list", "--lang=de"]] {
            let result = try room.galley(arguments)
            #expect(result.status == 64, "\(result)")
            #expect(result.stderr.contains("vi") && result.stderr.contains("en") && result.stderr.contains("--lang"), "\(result.stderr)")
        }
        try room.ok(["--lang", "en", "list"])
        try room.ok(["list", "--lang", "vi"])
    }

    @Test("a command that opens no newsroom: --lang is taken, --repo and --as are refused by name")
    func commandsWithoutGlobalOptions() throws {
        let room = try Newsroom()
        let made = try room.galley(["--lang", "en", "init", "toa-soan-2", "--admin", "qt", "--admin-name", "Quản Trị"], in: room.root)
        #expect(made.status == 0, "\(made)")
        let refused = try room.galley(["--repo", room.repo.path, "init", "toa-soan-3", "--admin", "qt", "--admin-name", "Q"], in: room.root)
        Self.expectOneLine(refused, status: 64, containing: ["`galley init` does not take --repo"])
        #expect(!FileManager.default.fileExists(atPath: room.root.appendingPathComponent("toa-soan-3").path))
    }

    /// A command line after the global options, and how the refusal names its command.
    struct NoNewsroomCommand: Sendable, CustomTestStringConvertible {
        var words: [String]
        var spelled: String
        var testDescription: String { spelled }
    }

    /// Every command that opens no newsroom, and the groups with no default command: the list
    /// start-up keeps by hand (`WorksOnNoNewsroom`) instead of reflecting over each command.
    @Test("--repo and --as before a command that opens no newsroom are refused by name, nothing done", arguments: [
        NoNewsroomCommand(words: ["init", "toa-soan-4", "--admin", "qt", "--admin-name", "Q"], spelled: "galley init"),
        NoNewsroomCommand(words: ["clone", "nguon", "dich"], spelled: "galley clone"),
        NoNewsroomCommand(words: ["hook", "install"], spelled: "galley hook install"),
        NoNewsroomCommand(words: ["hook", "pre-receive"], spelled: "galley hook pre-receive"),
        NoNewsroomCommand(words: ["ssh-entry"], spelled: "galley ssh-entry"),
        NoNewsroomCommand(words: ["people", "key"], spelled: "galley people key"),
        NoNewsroomCommand(words: ["config"], spelled: "galley config"),
    ])
    func everyCommandWithoutGlobalOptions(command: NoNewsroomCommand) throws {
        let room = try Newsroom()
        let before = try room.head()
        for global in [["--repo", room.repo.path], ["--as", Newsroom.admin]] {
            let refused = try room.galley(global + command.words, in: room.root)
            Self.expectOneLine(refused, status: 64, containing: ["`\(command.spelled)` does not take \(global[0])"])
        }
        // --lang these commands do take: checked at start-up (a command that read it would say it takes none).
        let language = try room.galley(["--lang", "fr"] + command.words, in: room.root)
        #expect(language.status == 64, "\(language)")
        #expect(language.stderr.contains("--lang takes vi or en, not 'fr'") && !language.stderr.contains("does not take"), "\(language.stderr)")
        #expect(try room.head() == before)
        for folder in ["toa-soan-4", "dich"] {
            #expect(!FileManager.default.fileExists(atPath: room.root.appendingPathComponent(folder).path))
        }
    }

    @Test("--repo and --as before a command that reads them are taken: a step, a listing, a group's default")
    func globalOptionsHoisted() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài đưa lên đầu")
        try room.ok(["--repo", room.repo.path, "--as", Newsroom.reporter, "submit", id], in: room.root)
        #expect(try room.state(id) == "submitted")
        let listed = try room.ok(["--repo", room.repo.path, "list", "--format", "json"], in: room.root)
        #expect(listed.stdout.contains("\"\(id)\""))
        let people = try room.ok(["--repo", room.repo.path, "people"], in: room.root)
        #expect(people.stdout.contains(Newsroom.editor))
        let workflow = try room.ok(["--repo", room.repo.path, "workflow"], in: room.root)
        #expect(workflow.stdout.contains("submitted"))
    }

    // MARK: Filters name what exists

    @Test("log --actor nobody: exit 3 listing the people")
    func logUnknownActor() throws {
        let room = try Newsroom()
        _ = try room.newArticle("Bài có người viết")
        let result = try room.galley(["log", "--actor", "nobody"])
        Self.expectOneLine(result, status: 3, containing: ["'nobody'"] + [Newsroom.admin, Newsroom.reporter, Newsroom.editor, Newsroom.chief])
        try room.ok(["log", "--actor", Newsroom.reporter])
    }

    struct UnknownName: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var listed: [String]
        var testDescription: String { "galley " + arguments.joined(separator: " ") }
    }

    static let standardStates = ["draft", "submitted", "edited", "approved", "returned", "published", "retracted", "spiked"]

    static let unknownNames: [UnknownName] = [
        UnknownName(arguments: ["log", "--state", "publishd"], listed: standardStates + ["did you mean `published`?"]),
        UnknownName(arguments: ["log", "--transition", "aprove"], listed: ["submit", "approve", "publish", "reject", "did you mean `approve`?"]),
        UnknownName(arguments: ["list", "--state", "X"], listed: standardStates),
        UnknownName(arguments: ["list", "--author", "X"], listed: [Newsroom.reporter, Newsroom.editor, Newsroom.chief]),
        UnknownName(arguments: ["search", "cau", "--state", "Nháp"], listed: standardStates + ["Bản nháp"]),
    ]

    @Test("an unknown person, state or transition in a filter: exit 3 listing what exists", arguments: unknownNames)
    func unknownNameInFilter(unknown: UnknownName) throws {
        let room = try Newsroom()
        _ = try room.newArticle("Thông xe cầu Đồng Lạc")
        Self.expectOneLine(try room.galley(unknown.arguments), status: 3, containing: unknown.listed)
    }

    @Test("without a sections list, sections are free text: any section filters, none is refused")
    func anySection() throws {
        let room = try Newsroom()
        try room.ok(["config", "set", "sections", "none"], as: Newsroom.admin)
        let id = try room.newArticle("Bài kinh tế", section: "kinh-te")
        #expect(try jsonArray(try room.ok(["list", "--section", "kinh-te", "--format", "json"])).compactMap { string($0, "id") } == [id])
        #expect(try jsonArray(try room.ok(["list", "--section", "Kinh Tế", "--format", "json"])).isEmpty)
    }

    @Test("a state by its label, without regard to marks or case", arguments: [
        "published", "Đã xuất bản", "da xuat ban", "ĐÃ XUẤT BẢN", "  da  xuat ban ", "Đã xuất bản".decomposedStringWithCanonicalMapping,
    ])
    func stateByLabel(given: String) throws {
        let room = try Newsroom()
        let published = try room.newArticle("Thông xe cầu Đồng Lạc")
        try room.steps(published, [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief), ("publish", Newsroom.chief)])
        _ = try room.newArticle("Bài còn nháp")

        let list = try room.ok(["list", "--state", given, "--format", "json"])
        #expect(try jsonArray(list).compactMap { string($0, "id") } == [published])
        let log = try jsonArray(try room.ok(["log", "--state", given, "--format", "json"]))
        #expect(log.count == 1 && log.allSatisfy { string($0, "to") == "published" && string($0, "transition") == "publish" }, "\(log)")
        let search = try jsonArray(try room.ok(["search", "cau", "--state", given, "--format", "json"]))
        #expect(search.compactMap { string($0, "id") } == [published])
    }

    // MARK: --limit and --format csv

    @Test("list, queue and search --format csv: the JSON field names, RFC 4180 quoting, equal to the JSON")
    func csvListings() throws {
        let room = try Newsroom()
        let title = #"Giá "xăng", dầu tăng"#
        let id = try room.newArticle(title)
        try room.steps(id, [("submit", Newsroom.reporter)])
        for (arguments, person) in [(["list"], nil), (["queue"], Newsroom.editor), (["search", "xang dau"], nil)] as [([String], String?)] {
            let json = try jsonArray(try room.ok(arguments + ["--format", "json"], as: person))
            let csv = try room.ok(arguments + ["--format", "csv"], as: person)
            let records = try AuditCSV.parse(csv.stdout)
            let first = try #require(json.first, "\(arguments): no JSON items")
            let header = try #require(records.first)
            let keys = Self.keys(of: try room.ok(arguments + ["--format", "json"], as: person).stdout)
            #expect(header == keys, "\(arguments.joined(separator: " ")) csv header \(header) ≠ json keys \(keys)")
            #expect(records.count == 2, "\(csv.stdout)")
            let row = try #require(records.dropFirst().first)
            #expect(row.count == header.count)
            let cells = Dictionary(uniqueKeysWithValues: zip(header, row))
            #expect(cells["title"] == title && cells["id"] == id && cells["state"] == "submitted" && cells["state_label"] == "Chờ biên tập")
            #expect(cells["section"] == string(first, "section") && cells["updated"] == string(first, "updated"))
            #expect(cells["draft"] == "true" && cells["approvals"] == "" && cells["tags"] == "")
            // the quoting itself: doubled quotes inside one quoted field
            #expect(csv.stdout.contains(#","Giá ""xăng"", dầu tăng","#), "\(csv.stdout)")
        }
        // nothing listed: the header alone
        let empty = try room.ok(["list", "--state", "published", "--format", "csv"])
        let records = try AuditCSV.parse(empty.stdout)
        #expect(records.count == 1 && records.first?.first == "id", "\(empty.stdout)")
    }

    @Test("--limit N keeps the first N; N must be 1 or more", arguments: [["list"], ["queue"], ["search", "bai"], ["log"]])
    func limit(arguments: [String]) throws {
        let room = try Newsroom()
        for title in ["Bài một", "Bài hai", "Bài ba"] {
            let id = try room.newArticle(title)
            try room.steps(id, [("submit", Newsroom.reporter)])
        }
        let all = try jsonArray(try room.ok(arguments + ["--format", "json"], as: Newsroom.editor))
        #expect(all.count >= 3)
        let two = try jsonArray(try room.ok(arguments + ["--limit", "2", "--format", "json"], as: Newsroom.editor))
        #expect(two.count == 2)
        #expect(two.compactMap { string($0, "id") ?? string($0, "commit") } == all.prefix(2).compactMap { string($0, "id") ?? string($0, "commit") })
        let csv = try room.ok(arguments + ["--limit", "1", "--format", "csv"], as: Newsroom.editor)
        #expect(try AuditCSV.parse(csv.stdout).count == 2, "\(csv.stdout)")
        for bad in ["0", "-1"] {
            let refused = try room.galley(arguments + ["--limit", bad], as: Newsroom.editor)
            #expect(refused.status == 64, "--limit \(bad): \(refused)")
        }
    }

    // MARK: Id prefixes

    @Test("a unique prefix of an id works for show, log, diff and the steps")
    func uniquePrefix() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Thông xe cầu Đồng Lạc")
        _ = try room.newArticle("Khánh thành trường học")
        #expect(id == "thong-xe-cau-dong-lac")
        let shown = try jsonObject(try room.ok(["show", "thong", "--format", "json"]))
        #expect(string(shown, "id") == id)

        let submitted = try room.ok(["submit", "thong-x", "--format", "json"], as: Newsroom.reporter)
        #expect(string(try jsonObject(submitted), "article") == id)
        #expect(try room.state(id) == "submitted")
        let approved = try room.ok(["approve", "th"], as: Newsroom.editor)
        #expect(approved.stdout.hasPrefix("\(id): approve"), "\(approved.stdout)")
        #expect(try room.trailers().contains("Galley-Article: \(id)"))

        let log = try jsonArray(try room.ok(["log", "thong", "--format", "json"]))
        #expect(log.count == 3 && log.allSatisfy { string($0, "article") == id }, "\(log)")
        let diff = try jsonObject(try room.ok(["diff", "thong", "--format", "json"]))
        #expect(string(diff, "article") == id)
        try room.ok(["transition", "thong", "approve"], as: Newsroom.chief)
        #expect(try room.state(id) == "approved")
    }

    @Test("an ambiguous prefix: exit 3 listing the candidates, nothing written; an exact id always wins")
    func ambiguousPrefix() throws {
        let room = try Newsroom()
        let bai = try room.newArticle("Bài")
        let second = try room.newArticle("Bài hai")
        let third = try room.newArticle("Bài ba")
        #expect(bai == "bai" && second == "bai-hai" && third == "bai-ba")
        let before = try room.snapshot()
        for arguments in [["submit", "bai-"], ["show", "ba"], ["log", "bai-"], ["diff", "bai-"]] {
            let result = try room.galley(arguments, as: Newsroom.reporter)
            Self.expectOneLine(result, status: 3, containing: [second, third] + (arguments[1] == "ba" ? [bai] : []))
        }
        expectUnchanged(before, try room.snapshot(), "ambiguous prefixes")

        try room.ok(["submit", "bai"], as: Newsroom.reporter)
        #expect(try room.state(bai) == "submitted")
        #expect(try room.state(second) == "draft" && room.state(third) == "draft")
        // a prefix naming nothing: the unknown article, as before (exit 1)
        let none = try room.galley(["show", "zzz"])
        #expect(none.status == 1 && none.stderr.contains("zzz"), "\(none)")
    }

    /// The keys of the first object of a JSON array, in the order printed.
    static func keys(of json: String) -> [String] {
        // Pretty JSON puts each key of the first object on its own line, four spaces in.
        var keys: [String] = []
        for line in json.split(separator: "\n").dropFirst(2) {
            if line.hasPrefix("  }") { break }
            guard line.hasPrefix("    \""), let end = line.dropFirst(5).firstIndex(of: "\"") else { continue }
            keys.append(String(line[line.index(line.startIndex, offsetBy: 5)..<end]))
        }
        return keys
    }
}
