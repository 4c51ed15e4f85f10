import Foundation

/// The plain-text house style of Vietnamese provincial news sites, as saved from a page:
/// title line; blank; date line (`Thứ 4, 11.09.2019 | 18:11:27`); optional view counter (`65 lượt xem`);
/// blank; paragraphs separated by blank lines; byline; optional keywords line (`• Từ khóa`).
/// Used to import existing articles, so it is forgiving about spacing and strict only about having content.
public struct NewsItemText: Sendable, Equatable {
    /// NFC, whitespace runs collapsed (the text itself, odd spaces after quotes included, is kept).
    public var title: String
    /// The date line read in the given time zone; nil when the item has none.
    public var published: Timestamp?
    /// Paragraphs joined by "\n\n", ending with "\n", without byline, keywords or counter.
    public var body: String
    public var byline: String?

    public init(title: String, published: Timestamp?, body: String, byline: String?) {
        self.title = title
        self.published = published
        self.body = body
        self.byline = byline
    }

    /// invalidInput when there is no title or no body.
    public static func parse(_ text: String, timeZone: TimeZone) throws(GalleyError) -> NewsItemText {
        var lines = TextInput.normalize(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if let first = lines.first, first.unicodeScalars.first == "\u{FEFF}" {
            lines[0] = String(first.unicodeScalars.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        var index = 0
        func skipBlank() { while index < lines.count, lines[index].isEmpty { index += 1 } }

        skipBlank()
        guard index < lines.count else { throw GalleyError(.invalidInput, .inputRule(.newsItemNoTitle)) }
        let title = TextInput.collapseWhitespace(lines[index])
        index += 1

        // Header lines: the date and the view counter, in either order, blank lines between them.
        var published: Timestamp?
        while true {
            skipBlank()
            guard index < lines.count else { break }
            if published == nil, let date = dateLine(lines[index], timeZone: timeZone) {
                published = date
            } else if isViewCounter(lines[index]) {
                // dropped: a page statistic, not content
            } else {
                break
            }
            index += 1
        }

        var tail = Array(lines[index...])
        func dropTrailingBlank() { while let last = tail.last, last.isEmpty { tail.removeLast() } }
        dropTrailingBlank()
        if let last = tail.last, isKeywordsLine(last) {
            tail.removeLast()
            dropTrailingBlank()
        }
        var byline: String?
        if let last = tail.last, looksLikeByline(last) {
            byline = TextInput.collapseWhitespace(last)
            tail.removeLast()
            dropTrailingBlank()
        }

        var paragraphs: [String] = []
        var current: [String] = []
        for line in tail + [""] {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        guard !paragraphs.isEmpty else { throw GalleyError(.invalidInput, .inputRule(.newsItemNoBody(title: title))) }
        return NewsItemText(title: title, published: published, body: paragraphs.joined(separator: "\n\n") + "\n", byline: byline)
    }

    // MARK: - Line kinds

    /// `Thứ 4, 11.09.2019 | 18:11:27` or `Chủ nhật, 15.09.2019 | 07:05`: a DD.MM.YYYY date and an HH:MM[:SS] time.
    static func dateLine(_ line: String, timeZone: TimeZone) -> Timestamp? {
        guard line.count <= 60,
            let match = line.firstMatch(of: /(\d{1,2})[.\/](\d{1,2})[.\/](\d{4})\s*\|?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/),
            let day = Int(match.1), let month = Int(match.2), let year = Int(match.3),
            let hour = Int(match.4), let minute = Int(match.5)
        else { return nil }
        let second = match.6.flatMap { Int($0) } ?? 0
        let fields = Timestamp.Fields(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return Timestamp.localInstant(fields, in: timeZone).map { Timestamp(date: $0, timeZone: timeZone) }
    }

    /// `65 lượt xem` ("65 views"), with thousands separators allowed.
    static func isViewCounter(_ line: String) -> Bool {
        ArticleID.fold(line).wholeMatch(of: /\d[\d.,]*\s+luot xem/) != nil
    }

    /// `• Từ khóa`, `Từ khoá: …` ("keywords"): folding makes both tone placements and any bullet match.
    static func isKeywordsLine(_ line: String) -> Bool {
        let folded = ArticleID.fold(line).drop { !$0.isLetter }
        return folded.hasPrefix("tu khoa")
    }

    /// A byline is a short name line, not a sentence: at most 80 characters and no final sentence punctuation.
    /// Items without a byline then keep their last paragraph.
    static func looksLikeByline(_ line: String) -> Bool {
        let trimmed = TextInput.collapseWhitespace(line)
        guard let last = trimmed.last, trimmed.count <= 80 else { return false }
        return !".!?…:;\"”".contains(last)
    }
}
