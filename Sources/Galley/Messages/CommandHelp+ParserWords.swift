import Foundation

extension CommandHelp {
    /// The help text swift-argument-parser renders, with its own fixed words (section headings,
    /// the built-in options' help, the value and default notes) in `language`. The parser only
    /// speaks English, so the executable passes its help through this before printing it.
    /// English comes back unchanged; so does every word the parser did not write.
    public static func parserWords(_ help: String, in language: Language) -> String {
        guard language == .vi else { return help }
        var lines: [String] = []
        var inUsage = false
        for line in help.components(separatedBy: "\n") {
            var line = line
            if inUsage, line.hasPrefix(String(repeating: " ", count: usageIndent.en)) {
                // The usage's own continuation lines hang under its first word.
                line = String(repeating: " ", count: usageIndent.vi - usageIndent.en) + line
            } else {
                inUsage = false
            }
            if let heading = headings[line] { line = heading }
            for (english, vietnamese) in prefixes where line.hasPrefix(english) {
                line = vietnamese + line.dropFirst(english.count)
                if english == "USAGE: " { inUsage = true }
            }
            if inUsage || line.contains("' for detailed help.") {
                for (english, vietnamese) in placeholders { line = line.replacingOccurrences(of: english, with: vietnamese) }
            }
            lines.append(translatingPhrases(line))
        }
        return translatingNotes(lines.joined(separator: "\n"))
    }

    /// How far the usage's continuation lines are indented: under "USAGE: ", under "CÚ PHÁP: ".
    private static let usageIndent = (en: 7, vi: 9)

    /// Lines that are a section heading and nothing else.
    private static let headings = [
        "ARGUMENTS:": "ĐỐI SỐ:",
        "OPTIONS:": "TÙY CHỌN:",
        "SUBCOMMANDS:": "LỆNH CON:",
    ]

    /// What begins the overview and usage lines.
    private static let prefixes = [
        ("OVERVIEW: ", "TỔNG QUAN: "),
        ("USAGE: ", "CÚ PHÁP: "),
    ]

    /// The parser's own placeholders in the usage line and the "See 'galley help …'" line.
    private static let placeholders = [
        ("[<options>]", "[<tùy-chọn>]"),
        ("<subcommand>", "<lệnh-con>"),
    ]

    /// The parser's own help lines and markers, whole phrases within a line.
    private static func translatingPhrases(_ line: String) -> String {
        var line = line
        for (english, vietnamese) in phrases { line = line.replacingOccurrences(of: english, with: vietnamese) }
        // "See 'galley help people <subcommand>' for detailed help."
        if let see = line.range(of: "See '"), let tail = line.range(of: "' for detailed help.", range: see.upperBound..<line.endIndex) {
            let names = line[see.upperBound..<tail.lowerBound]
            line = line[..<see.lowerBound] + "Xem '\(names)' để biết chi tiết về từng lệnh con." + line[tail.upperBound...]
        }
        // A default subcommand's marker, one letter longer in Vietnamese: it takes a space of the padding.
        if let marker = line.range(of: " (default)  ") {
            line.replaceSubrange(marker, with: " (mặc định) ")
        } else if line.hasSuffix(" (default)") {
            line = line.dropLast(" (default)".count) + " (mặc định)"
        }
        return line
    }

    private static let phrases = [
        ("Show subcommand help information.", "Xem hướng dẫn của một lệnh con."),
        ("Show help information.", "Xem hướng dẫn này."),
        ("Show the version.", "Xem phiên bản."),
    ]

    /// "(values: a, b; default: c)" and "(default: c)", which the parser appends to a help line
    /// and may wrap anywhere: the words are matched across a line break.
    private static func translatingNotes(_ text: String) -> String {
        var text = text
        for (pattern, template) in notes {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
            text = expression.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        return text
    }

    private static let notes = [
        (#"\(values:(\s)"#, "(giá trị:$1"),
        (#";(\s+)default as flag:(\s)"#, ";$1mặc định khi là cờ:$2"),
        (#";(\s+)default:(\s)"#, ";$1mặc định:$2"),
        (#"\(default as flag:(\s)"#, "(mặc định khi là cờ:$1"),
        (#"\(default:(\s)"#, "(mặc định:$1"),
    ]
}
