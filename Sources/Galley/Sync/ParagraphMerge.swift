/// Three-way merge of article bodies by paragraph (paragraphs are separated by
/// blank lines). Edits to different paragraphs combine; where both sides
/// changed the same paragraphs differently, both versions are kept between
/// git-style markers for a person to choose — no text is ever dropped.
enum ParagraphMerge {
    struct Result: Equatable {
        var text: String
        /// How many places hold both versions between markers.
        var conflicts: Int
    }

    static func merge(base: String, mine: String, theirs: String, mineLabel: String, theirsLabel: String) -> Result {
        if mine == theirs || theirs == base { return Result(text: mine, conflicts: 0) }
        if mine == base { return Result(text: theirs, conflicts: 0) }
        let b = paragraphs(base), m = paragraphs(mine), t = paragraphs(theirs)
        let toMine = matches(b, m), toTheirs = matches(b, t)
        var output: [String] = []
        var conflicts = 0
        var i = 0, j = 0, k = 0
        func resolve(_ cb: ArraySlice<String>, _ cm: ArraySlice<String>, _ ct: ArraySlice<String>) {
            if cm.elementsEqual(ct) || ct.elementsEqual(cb) {
                output += cm
            } else if cm.elementsEqual(cb) {
                output += ct
            } else if cb.count == cm.count && cb.count == ct.count {
                // Same shape on all sides: settle paragraph by paragraph (adjacent edits merge).
                for index in 0..<cb.count {
                    let (pb, pm, pt) = (cb[cb.startIndex + index], cm[cm.startIndex + index], ct[ct.startIndex + index])
                    if pm == pt || pt == pb {
                        output.append(pm)
                    } else if pm == pb {
                        output.append(pt)
                    } else {
                        conflicts += 1
                        output.append(marked([pm], [pt], mineLabel, theirsLabel))
                    }
                }
            } else {
                conflicts += 1
                output.append(marked(Array(cm), Array(ct), mineLabel, theirsLabel))
            }
        }
        while true {
            // The next base paragraph both sides kept: everything before it is one chunk.
            var stable = i
            while stable < b.count && (toMine[stable] == nil || toTheirs[stable] == nil) { stable += 1 }
            guard stable < b.count, let nextMine = toMine[stable], let nextTheirs = toTheirs[stable] else {
                resolve(b[i...], m[j...], t[k...])
                break
            }
            resolve(b[i..<stable], m[j..<nextMine], t[k..<nextTheirs])
            output.append(b[stable])
            i = stable + 1
            j = nextMine + 1
            k = nextTheirs + 1
        }
        return Result(text: join(output), conflicts: conflicts)
    }

    static let startMarker = "<<<<<<<"
    static let middleMarker = "======="
    static let endMarker = ">>>>>>>"

    /// Both versions of a passage, yours first.
    static func marked(_ mine: [String], _ theirs: [String], _ mineLabel: String, _ theirsLabel: String) -> String {
        ["\(startMarker) \(mineLabel)", mine.joined(separator: "\n\n"), middleMarker, theirs.joined(separator: "\n\n"), "\(endMarker) \(theirsLabel)"]
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Paragraphs without their separating blank lines.
    static func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !current.isEmpty { result.append(current.joined(separator: "\n")) }
                current.removeAll()
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: "\n")) }
        return result
    }

    static func join(_ paragraphs: [String]) -> String {
        paragraphs.isEmpty ? "" : paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// For each paragraph of `base`, its index in `other` along a longest common subsequence (nil: changed or gone).
    static func matches(_ base: [String], _ other: [String]) -> [Int?] {
        let n = base.count, m = other.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = base[i] == other[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result = [Int?](repeating: nil, count: n)
        var i = 0, j = 0
        while i < n && j < m {
            if base[i] == other[j] {
                result[i] = j
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}
