extension CommandHelp {
    /// The help text swift-argument-parser renders, with its own fixed words (section headings,
    /// the built-in options' help, the value and default notes) in `language`. The parser only
    /// speaks English, so the executable passes its help through this before printing it.
    /// English comes back unchanged; so does every word the parser did not write.
    ///
    /// Worked on as UTF-8 bytes, its words being literal: through Foundation's string search and
    /// `NSRegularExpression` (ICU compiling five patterns) this was 37M of the 63M instructions
    /// of a Vietnamese `galley --help`, whose English is 24M (issue 15).
    public static func parserWords(_ help: String, in language: Language) -> String {
        guard language == .vi else { return help }
        var text: [UInt8] = []
        text.reserveCapacity(help.utf8.count + help.utf8.count / 4)
        var inUsage = false
        for (number, english) in help.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            var line = Array(english)
            if inUsage, line.starts(with: repeatElement(UInt8(0x20), count: usageIndent.en)) {
                // The usage's own continuation lines hang under its first word.
                line.insert(contentsOf: repeatElement(UInt8(0x20), count: usageIndent.vi - usageIndent.en), at: 0)
            } else {
                inUsage = false
            }
            if let heading = headings.first(where: { $0.en == line }) { line = heading.vi }
            for (index, prefix) in prefixes.enumerated() where line.starts(with: prefix.en) {
                line.replaceSubrange(0..<prefix.en.count, with: prefix.vi)
                if index == usagePrefix { inUsage = true }
            }
            if inUsage || LiteralBytes.range(of: seeTail, in: line) != nil {
                for placeholder in placeholders { LiteralBytes.replaceAll(placeholder.en, with: placeholder.vi, in: &line) }
            }
            translatePhrases(&line)
            if number > 0 { text.append(0x0A) }
            text.append(contentsOf: line)
        }
        for note in notes { note.translate(&text) }
        return String(decoding: text, as: UTF8.self)
    }

    /// How far the usage's continuation lines are indented: under "USAGE: ", under "CÚ PHÁP: ".
    private static let usageIndent = (en: 7, vi: 9)

    /// Lines that are a section heading and nothing else.
    private static let headings = words([
        ("ARGUMENTS:", "ĐỐI SỐ:"),
        ("OPTIONS:", "TÙY CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH CON:"),
    ])

    /// What begins the overview and usage lines.
    private static let prefixes = words([
        ("OVERVIEW: ", "TỔNG QUAN: "),
        ("USAGE: ", "CÚ PHÁP: "),
    ])
    /// Which of `prefixes` starts the usage (its continuation lines follow).
    private static let usagePrefix = 1

    /// The parser's own placeholders in the usage line and the "See 'galley help …'" line.
    private static let placeholders = words([
        ("[<options>]", "[<tùy-chọn>]"),
        ("<subcommand>", "<lệnh-con>"),
    ])

    /// The parser's own help lines, whole phrases within a line.
    private static let phrases = words([
        ("Show subcommand help information.", "Xem hướng dẫn của một lệnh con."),
        ("Show help information.", "Xem hướng dẫn này."),
        ("Show the version.", "Xem phiên bản."),
    ])

    /// "See 'galley help people <subcommand>' for detailed help.", around the command's words.
    private static let seeHead = Array("See '".utf8)
    private static let seeTail = Array("' for detailed help.".utf8)
    private static let seeVietnamese = (head: Array("Xem '".utf8), tail: Array("' để biết chi tiết về từng lệnh con.".utf8))

    /// A default subcommand's marker, inside the padding and at a line's end.
    private static let defaultMarker = (en: Array(" (default)  ".utf8), vi: Array(" (mặc định) ".utf8))
    private static let defaultAtEnd = (en: Array(" (default)".utf8), vi: Array(" (mặc định)".utf8))

    /// The parser's own help lines and markers, whole phrases within a line.
    private static func translatePhrases(_ line: inout [UInt8]) {
        for phrase in phrases { LiteralBytes.replaceAll(phrase.en, with: phrase.vi, in: &line) }
        if let see = LiteralBytes.range(of: seeHead, in: line),
            let tail = LiteralBytes.range(of: seeTail, in: line, from: see.upperBound)
        {
            line = Array(line[..<see.lowerBound]) + seeVietnamese.head + line[see.upperBound..<tail.lowerBound]
                + seeVietnamese.tail + line[tail.upperBound...]
        }
        // A default subcommand's marker, one letter longer in Vietnamese: it takes a space of the padding.
        if let marker = LiteralBytes.range(of: defaultMarker.en, in: line) {
            line.replaceSubrange(marker, with: defaultMarker.vi)
        } else if line.count >= defaultAtEnd.en.count, line.suffix(defaultAtEnd.en.count).elementsEqual(defaultAtEnd.en) {
            line.replaceSubrange((line.count - defaultAtEnd.en.count)..., with: defaultAtEnd.vi)
        }
    }

    /// "(values: a, b; default: c)" and "(default: c)", which the parser appends to a help line
    /// and may wrap anywhere: the words are matched across a line break, in this order.
    private static let notes = [
        HelpNote(["(values:": "(giá trị:"], gaps: [.one]),
        HelpNote([";": ";", "default as flag:": "mặc định khi là cờ:"], gaps: [.some, .one]),
        HelpNote([";": ";", "default:": "mặc định:"], gaps: [.some, .one]),
        HelpNote(["(default as flag:": "(mặc định khi là cờ:"], gaps: [.one]),
        HelpNote(["(default:": "(mặc định:"], gaps: [.one]),
    ]

    private static func words(_ pairs: [(String, String)]) -> [(en: [UInt8], vi: [UInt8])] {
        pairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    }
}

/// One of the parser's notes: words, each followed by whitespace that is matched (one character,
/// or a run) and kept as it was, since the parser pads and wraps there.
private struct HelpNote {
    enum Gap { case one, some }

    let words: [(en: [UInt8], vi: [UInt8])]
    let gaps: [Gap]

    /// The words in their order (a dictionary literal keeps the order written), each followed by its gap.
    init(_ words: KeyValuePairs<String, String>, gaps: [Gap]) {
        precondition(words.count == gaps.count, "a gap after every word")
        self.words = words.map { (Array($0.key.utf8), Array($0.value.utf8)) }
        self.gaps = gaps
    }

    /// Every match in `text`, left to right, not overlapping, put in Vietnamese.
    func translate(_ text: inout [UInt8]) {
        guard let first = words.first?.en.first, text.contains(first) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(text.count + 64)
        var index = 0
        while index < text.count {
            if text[index] == first, let end = match(text, at: index, into: &out) {
                index = end
            } else {
                out.append(text[index])
                index += 1
            }
        }
        text = out
    }

    /// Where a match at `start` ends, its Vietnamese appended to `out`; nil (and `out` as it was) when none.
    private func match(_ text: [UInt8], at start: Int, into out: inout [UInt8]) -> Int? {
        var position = start
        var written: [UInt8] = []
        for (word, gap) in zip(words, gaps) {
            guard LiteralBytes.matches(word.en, in: text, at: position) else { return nil }
            position += word.en.count
            let gapStart = position
            while position < text.count, LiteralBytes.isWhitespace(text[position]), gap == .some || position == gapStart {
                position += 1
            }
            guard position > gapStart else { return nil }
            written += word.vi
            written += text[gapStart..<position]
        }
        out += written
        return position
    }
}
