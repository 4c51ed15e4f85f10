import Galley
import Testing

/// The parser's own words in a help text, put in Vietnamese by `CommandHelp.parserWords`;
/// English and every word the parser did not write stay as they are.
@Suite("CommandHelp: the argument parser's words in Vietnamese")
struct CommandHelpParserWordsTests {
    static let english = """
        OVERVIEW: Approve an article for its next stage.

        USAGE: galley approve [<options>] [--repo <path>] <id>
               [--format <format>]

        ARGUMENTS:
          <id>                    The article id.

        OPTIONS:
          --format <format>       Output format. (values: text, json;
                                  default: text)
          --limit <limit>         At most this many. (default: 10)
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          list (default)          List kept steps.
          help                    Show subcommand help information.

          See 'galley help conflicts <subcommand>' for detailed help.
        """

    @Test func theParsersWordsInVietnamese() {
        let vietnamese = CommandHelp.parserWords(Self.english, in: .vi)
        for word in ["OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS", "values:", "default", "Show ", "See '", "<options>", "<subcommand>"] {
            #expect(!vietnamese.contains(word), "'\(word)' is left in:\n\(vietnamese)")
        }
        for line in [
            "TỔNG QUAN: Approve an article for its next stage.", "CÚ PHÁP: galley approve [<tùy-chọn>] [--repo <path>] <id>",
            "         [--format <format>]", "ĐỐI SỐ:", "TÙY CHỌN:", "LỆNH CON:",
            "  --format <format>       Output format. (giá trị: text, json;", "                          mặc định: text)",
            "  --limit <limit>         At most this many. (mặc định: 10)", "  --version               Xem phiên bản.",
            "  -h, --help              Xem hướng dẫn này.", "  list (mặc định)         List kept steps.",
            "  help                    Xem hướng dẫn của một lệnh con.",
            "  Xem 'galley help conflicts <lệnh-con>' để biết chi tiết về từng lệnh con.",
        ] {
            #expect(vietnamese.components(separatedBy: "\n").contains(line), "no line '\(line)' in:\n\(vietnamese)")
        }
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping)
    }

    /// The notes are matched as words with whitespace between and after them, kept as it was:
    /// a wrapped note's line break and indent stay, and a note without its whitespace is not one.
    @Test(arguments: [
        ("(values: a, b)", "(giá trị: a, b)"),
        ("(values:\n    a)", "(giá trị:\n    a)"),
        ("x;\n          default: y)", "x;\n          mặc định: y)"),
        ("a; default as flag: b)", "a; mặc định khi là cờ: b)"),
        ("(default as flag:\nb)", "(mặc định khi là cờ:\nb)"),
        ("Kiểu bài (default: tin)", "Kiểu bài (mặc định: tin)"),
        ("(default: 1) (default: 2)", "(mặc định: 1) (mặc định: 2)"),
        ("ends in (default:", "ends in (default:"),
        ("a;default: b", "a;default: b"),
        ("(defaults: b)", "(defaults: b)"),
    ])
    func notesAcrossTheirWhitespace(_ english: String, _ vietnamese: String) {
        #expect(CommandHelp.parserWords(english, in: .vi) == vietnamese)
    }

    @Test func englishIsUntouched() {
        #expect(CommandHelp.parserWords(Self.english, in: .en) == Self.english)
    }

    /// Only the parser's words: a help line of a command that happens to say "OPTIONS:" or
    /// "(default: …)" inside its own sentence keeps it (only whole headings and notes change).
    @Test(arguments: [
        "  --x <x>                 See the OPTIONS: section of git-config.",
        "  --y                     Shows (defaults) as written.",
    ])
    func wordsWithinACommandsOwnTextStay(_ line: String) {
        #expect(CommandHelp.parserWords(line, in: .vi) == line)
    }

    @Test func missingListsWhatHasNoVietnamese() {
        let untranslated = "An option someone added without its Vietnamese."
        #expect(CommandHelp.missing(["Output format.", untranslated, "The article id."]) == [untranslated])
        #expect(CommandHelp.text(untranslated, in: .vi) == untranslated)
        #expect(CommandHelp.text("Output format.", in: .vi) == "Định dạng kết quả.")
    }
}
