import Foundation
import Galley
import Testing

/// Issue 13: `--help` in Vietnamese, completely. Every command's help is rendered on a
/// Vietnamese locale and read back: no heading or note of the parser's stays English, every
/// help line a command declares has its Vietnamese (adding an option without one fails here),
/// and the text is NFC. On `LANG=C` or with `--lang en` the same help is English.
@Suite("--help speaks Vietnamese on a Vietnamese locale")
struct VietnameseHelpTests {
    /// Every command of the tree; `theListIsTheWholeTree` walks the binary's help so a new
    /// command cannot be left out.
    static let commands: [String] = [
        "", "init", "people", "new", "save", "edit", "submit", "approve", "reject", "publish", "embargo", "assign", "comment",
        "retract", "spike", "correct", "transition", "attach", "detach", "list", "queue", "show", "log", "diff", "verify",
        "search", "workflow", "config", "hook", "clone", "sync", "status", "conflicts", "ssh-entry", "serve",
        "people list", "people add", "people set", "people login", "people deactivate", "people sections", "people key",
        "people allowed-signers", "people password", "workflow show", "workflow check", "config get", "config set",
        "hook install", "hook pre-receive", "conflicts list", "conflicts show", "conflicts resolve", "conflicts drop",
        "people key add", "people key revoke",
    ]

    static let englishSections: Set<String> = ["ARGUMENTS:", "OPTIONS:"]
    static let vietnameseSections: Set<String> = ["ĐỐI SỐ:", "TÙY CHỌN:"]
    /// What only the parser writes, in English.
    static let parserEnglish = [
        "OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "for detailed help", "See '",
        "Show help information.", "Show the version.", "Show subcommand help information.",
        "(values:", "(default", "default:", "<options>", "<subcommand>",
    ]

    static func help(_ room: Newsroom, _ command: String, lang: String, flag: String? = nil) throws -> RunResult {
        // --lang stands before the command: after a group's --help it would be read as its default subcommand's option.
        let words = (flag.map { ["--lang", $0] } ?? []) + command.split(separator: " ").map(String.init) + ["--help"]
        return try room.galley(words, in: room.root, environment: ["GALLEY_LANG": nil, "LANG": lang, "LC_ALL": nil, "LC_MESSAGES": nil])
    }

    @Test(arguments: commands)
    func helpIsVietnamese(_ command: String) throws {
        let room = try Newsroom.uninitialized()
        let vietnamese = try Self.help(room, command, lang: "vi_VN.UTF-8")
        let english = try Self.help(room, command, lang: "C")
        #expect(vietnamese.status == 0 && english.status == 0, "galley \(command) --help: \(vietnamese) \(english)")
        let vi = HelpText(text: vietnamese.stdout)
        let en = HelpText(text: english.stdout)

        // (a) none of the parser's English words remain; its headings are there in Vietnamese.
        for word in Self.parserEnglish {
            #expect(!vi.text.contains(word), "galley \(command) --help keeps '\(word)':\n\(vi.text)")
        }
        #expect(vi.text.contains("CÚ PHÁP: ") && vi.text.contains("TÙY CHỌN:"), "galley \(command) --help:\n\(vi.text)")

        // (b) every help line the command declares has its Vietnamese.
        let englishEntries = en.entries(under: Self.englishSections)
        let vietnameseEntries = vi.entries(under: Self.vietnameseSections)
        #expect(englishEntries.count >= 2, "galley \(command) --help: no options read back:\n\(en.text)")
        #expect(englishEntries.map(\.label) == vietnameseEntries.map(\.label), "galley \(command): the same arguments and options in both")
        for (englishEntry, vietnameseEntry) in zip(englishEntries, vietnameseEntries) {
            #expect(englishEntry.help != vietnameseEntry.help, "galley \(command) \(englishEntry.label): English in Vietnamese help: \(vietnameseEntry.help)")
            let declared = englishEntry.help
            let translated = CommandHelp.missing([declared]).isEmpty || CommandHelp.missing([HelpText.withoutParserNote(declared)]).isEmpty
            let parserOwn = ["Show help information.", "Show the version."].contains(declared)
            #expect(translated || parserOwn, "galley \(command) \(englishEntry.label): no Vietnamese for \"\(declared)\"")
        }
        let abstract = try #require(en.overview(after: "OVERVIEW: "), "galley \(command) --help has no abstract")
        #expect(CommandHelp.missing([abstract]).isEmpty, "galley \(command): no Vietnamese for its abstract \"\(abstract)\"")
        #expect(vi.overview(after: "TỔNG QUAN: ") == CommandHelp.text(abstract, in: .vi))
        let discussion = en.discussion(before: "USAGE: ")
        if let firstLine = discussion.split(separator: "\n").first {
            #expect(!vi.text.contains(firstLine), "galley \(command): its discussion is English in Vietnamese help: \(firstLine)")
        }

        // (c) NFC.
        #expect(vi.text == vi.text.precomposedStringWithCanonicalMapping, "galley \(command) --help is not NFC")

        // English on LANG=C, and with --lang en on a Vietnamese locale: the same text.
        #expect(en.text.contains("USAGE: ") && en.text.contains("OPTIONS:") && !en.text.contains("TÙY CHỌN"), "\(en.text)")
        let chosen = try Self.help(room, command, lang: "vi_VN.UTF-8", flag: "en")
        #expect(chosen.status == 0 && chosen.stdout == english.stdout, "galley \(command) --help --lang en:\n\(chosen.stdout)")
    }

    /// Subcommand names from a help's SUBCOMMANDS section (the hidden ones are not listed: they come from the list).
    @Test func theListIsTheWholeTree() throws {
        let room = try Newsroom()
        let walked = try DocsContractTests.commandPaths(room).map { $0.joined(separator: " ") }
        #expect(walked.count >= 50)
        for command in walked {
            #expect(Self.commands.contains(command), "`galley \(command)` is missing from VietnameseHelpTests.commands")
        }
    }

    /// `galley help X` and `galley` alone are help too: Vietnamese, exit 0. `--version` is left alone.
    @Test func otherWaysToAskForHelp() throws {
        let room = try Newsroom.uninitialized()
        let environment: [String: String?] = ["GALLEY_LANG": nil, "LANG": "vi_VN.UTF-8", "LC_ALL": nil, "LC_MESSAGES": nil]
        for words in [["help", "people", "key", "add"], [], ["help"], ["people", "-h"], ["--lang", "vi", "log", "--help"]] {
            let shown = try room.galley(words, in: room.root, environment: environment)
            #expect(shown.status == 0, "galley \(words): \(shown)")
            #expect(shown.stdout.contains("CÚ PHÁP: ") && !shown.stdout.contains("USAGE:"), "galley \(words):\n\(shown.stdout)")
        }
        let version = try room.galley(["--version"], in: room.root, environment: environment)
        #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0", "\(version)")
        // The parser's data is no help text: the dump-help JSON and completion scripts are not reworded.
        let dump = try room.galley(["--experimental-dump-help"], in: room.root, environment: environment)
        #expect(dump.status == 0 && dump.stdout.contains("\"Show help information.\""), "\(dump.stderr)")
        _ = try parseJSON(dump)
        let script = try room.galley(["--generate-completion-script", "bash"], in: room.root, environment: environment)
        #expect(script.status == 0 && script.stdout.hasPrefix("#!/bin/bash") && !script.stdout.contains("CÚ PHÁP"), "\(script.stderr)")
        // A usage error is no help: it keeps its exit code.
        let wrong = try room.galley(["approve", "--no-such-option"], in: room.root, environment: environment)
        #expect(wrong.status == 64, "\(wrong)")
    }
}
