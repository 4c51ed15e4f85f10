/// Word-level differences between two texts, for showing what an editor
/// changed inside a paragraph. Tokens are whole grapheme clusters (Swift
/// `Character`s), so a Vietnamese letter and its marks are never split, in
/// NFC or NFD alike (both sides are NFC in the repository anyway).
public enum WordDiff {
    public enum Operation: String, Sendable { case equal, delete, insert }

    public struct Segment: Sendable, Equatable {
        public var operation: Operation
        public var text: String
    }

    /// Words (letters, digits and joiners), runs of spaces, line breaks and single punctuation marks.
    static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            var end = text.index(after: index)
            if isWordCharacter(character) {
                while end < text.endIndex, isWordCharacter(text[end]) { end = text.index(after: end) }
            } else if character == " " || character == "\t" {
                while end < text.endIndex, text[end] == " " || text[end] == "\t" { end = text.index(after: end) }
            }
            tokens.append(text[index..<end])
            index = end
        }
        return tokens
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// The edit script from `old` to `new` on tokens,
    /// merged into runs: equal, deleted and inserted text in reading order.
    public static func segments(from old: String, to new: String) -> [Segment] {
        let a = tokens(old)
        let b = tokens(new)
        var result: [Segment] = []
        func append(_ operation: Operation, _ text: Substring) {
            if let last = result.last, last.operation == operation {
                result[result.count - 1].text += text
            } else {
                result.append(Segment(operation: operation, text: String(text)))
            }
        }
        for (operation, token) in script(a, b) { append(operation, token) }
        return regroup(result)
    }

    /// Above this many cells the middle is reported as replaced whole (a rewrite, not an edit).
    static let maximumTableCells = 16_000_000

    /// Longest-common-subsequence edit script. The common prefix and suffix are
    /// stripped first, so an edit of a few words in a long article costs little.
    private static func script(_ a: [Substring], _ b: [Substring]) -> [(Operation, Substring)] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = a[prefix..<(a.count - suffix)]
        let y = b[prefix..<(b.count - suffix)]
        var ops: [(Operation, Substring)] = a[..<prefix].map { (.equal, $0) }
        let n = x.count
        let m = y.count
        if n == 0 || m == 0 || (n + 1) * (m + 1) > maximumTableCells {
            ops += x.map { (.delete, $0) }
            ops += y.map { (.insert, $0) }
        } else {
            // lengths[i][j] = LCS length of x[i...] and y[j...], flattened.
            let width = m + 1
            var lengths = [UInt32](repeating: 0, count: (n + 1) * width)
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lengths[i * width + j] =
                        x[x.startIndex + i] == y[y.startIndex + j]
                        ? lengths[(i + 1) * width + j + 1] + 1
                        : Swift.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
                }
            }
            var i = 0
            var j = 0
            while i < n || j < m {
                if i < n, j < m, x[x.startIndex + i] == y[y.startIndex + j] {
                    ops.append((.equal, x[x.startIndex + i]))
                    i += 1
                    j += 1
                } else if j < m && (i == n || lengths[i * width + j + 1] >= lengths[(i + 1) * width + j]) {
                    ops.append((.insert, y[y.startIndex + j]))
                    j += 1
                } else {
                    ops.append((.delete, x[x.startIndex + i]))
                    i += 1
                }
            }
        }
        ops += a[(a.count - suffix)...].map { (.equal, $0) }
        return ops
    }

    /// Puts deletions before insertions inside each changed stretch, and folds a lone
    /// space that is equal between two changes into them, so "[-a b-]{+c d+}" reads as one change.
    private static func regroup(_ segments: [Segment]) -> [Segment] {
        var output: [Segment] = []
        var deleted = ""
        var inserted = ""
        func flush() {
            if !deleted.isEmpty { output.append(Segment(operation: .delete, text: deleted)) }
            if !inserted.isEmpty { output.append(Segment(operation: .insert, text: inserted)) }
            deleted = ""
            inserted = ""
        }
        for (index, segment) in segments.enumerated() {
            switch segment.operation {
            case .delete: deleted += segment.text
            case .insert: inserted += segment.text
            case .equal:
                let between = index > 0 && index + 1 < segments.count && segments[index + 1].operation != .equal
                if between && (!deleted.isEmpty || !inserted.isEmpty) && segment.text.allSatisfy({ $0 == " " }) {
                    deleted += segment.text
                    inserted += segment.text
                } else {
                    flush()
                    output.append(segment)
                }
            }
        }
        flush()
        return output
    }
}
