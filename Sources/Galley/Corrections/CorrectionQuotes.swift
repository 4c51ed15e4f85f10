/// The passages a correction notice quotes, found from the word diff of the old and
/// new body: every changed stretch grows to the whole sentence (or line) it touches
/// on each side, stretches that then meet become one passage, and each passage is
/// one line of at most `maximumLength` characters. A reader sees what was printed
/// and what it now says, not the whole article again.
enum CorrectionQuotes {
    /// Longer sentences are cut at a word with "…": a notice quotes, it does not reprint.
    static let maximumLength = 300
    /// A rewrite touching more passages than this is quoted by its first ones.
    static let maximumPassages = 5

    /// The wrong and the corrected passages, in reading order, pairwise.
    static func passages(from old: String, to new: String) -> (wrong: [String], corrected: [String]) {
        guard old != new else { return ([], []) }
        let a = Array(old)
        let b = Array(new)
        var stretches: [(old: Range<Int>, new: Range<Int>)] = []
        var i = 0
        var j = 0
        var open: (Int, Int)?
        func close() {
            guard let (oi, nj) = open else { return }
            stretches.append((sentence(around: oi..<i, in: a), sentence(around: nj..<j, in: b)))
            open = nil
        }
        for segment in WordDiff.segments(from: old, to: new) {
            let count = segment.text.count
            switch segment.operation {
            case .equal:
                close()
                i += count
                j += count
            case .delete:
                if open == nil { open = (i, j) }
                i += count
            case .insert:
                if open == nil { open = (i, j) }
                j += count
            }
        }
        close()
        var merged: [(old: Range<Int>, new: Range<Int>)] = []
        for stretch in stretches {
            if let last = merged.last, stretch.old.lowerBound <= last.old.upperBound || stretch.new.lowerBound <= last.new.upperBound {
                merged[merged.count - 1] = (
                    min(last.old.lowerBound, stretch.old.lowerBound)..<max(last.old.upperBound, stretch.old.upperBound),
                    min(last.new.lowerBound, stretch.new.lowerBound)..<max(last.new.upperBound, stretch.new.upperBound))
            } else {
                merged.append(stretch)
            }
        }
        let kept = merged.prefix(maximumPassages)
        return (kept.map { quote(a[$0.old]) }, kept.map { quote(b[$0.new]) })
    }

    /// The sentence(s) `range` touches: back to the start of its sentence or line, on to the end of its last one.
    static func sentence(around given: Range<Int>, in text: [Character]) -> Range<Int> {
        // Offsets come from counting the diff's characters; clamped, so no text can make them point outside.
        let range = min(given.lowerBound, text.count)..<min(given.upperBound, text.count)
        // An insertion at the very end quotes the sentence it follows.
        if range.isEmpty, range.lowerBound >= text.count {
            return text.isEmpty ? 0..<0 : sentence(around: (text.count - 1)..<text.count, in: text)
        }
        var start = range.lowerBound
        while start > 0, !startsSentence(at: start, in: text) { start -= 1 }
        var end = range.isEmpty ? range.lowerBound : range.upperBound - 1
        while end < text.count {
            let character = text[end]
            if character == "\n" { break }
            end += 1
            if Self.isTerminator(character), end == text.count || text[end].isWhitespace { break }
        }
        return start..<max(start, end)
    }

    private static func startsSentence(at index: Int, in text: [Character]) -> Bool {
        let before = text[index - 1]
        if before == "\n" { return true }
        return before.isWhitespace && index >= 2 && isTerminator(text[index - 2])
    }

    private static func isTerminator(_ character: Character) -> Bool { ".!?…".contains(character) }

    /// One line, spaces collapsed, cut at a word when too long.
    static func quote(_ characters: ArraySlice<Character>) -> String {
        let words = String(characters).split(whereSeparator: \.isWhitespace)
        var line = words.joined(separator: " ")
        guard line.count > maximumLength else { return line }
        line = String(line.prefix(maximumLength - 1))
        if let space = line.lastIndex(of: " "), line.distance(from: line.startIndex, to: space) > maximumLength / 2 {
            line = String(line[..<space])
        }
        return line + "…"
    }
}
