/// "Did you mean …": the names closest to a mistyped one, by Damerau–Levenshtein
/// distance (optimal string alignment: an insertion, deletion, substitution or
/// swap of two neighbours costs one), without regard to case.
public enum Suggestions {
    /// The candidates near `word`, nearest first (ties in the candidates' order), at most `limit`.
    /// Near: at most one edit for names of up to five characters, two for longer ones, or
    /// `word` (three characters or more) is where the candidate begins.
    public static func nearest(_ word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let typed = word.lowercased()
        guard !typed.isEmpty else { return [] }
        var scored: [(name: String, distance: Int, order: Int)] = []
        for (order, candidate) in candidates.enumerated() where !scored.contains(where: { $0.name == candidate }) {
            let name = candidate.lowercased()
            guard name != typed else { continue }
            let distance = Self.distance(typed, name)
            let allowed = max(typed.count, name.count) <= 5 ? 1 : 2
            if distance <= allowed {
                scored.append((candidate, distance, order))
            } else if typed.count >= 3, name.hasPrefix(typed) {
                scored.append((candidate, allowed + 1, order))
            }
        }
        return scored.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.prefix(limit).map(\.name)
    }

    /// The optimal-string-alignment distance between two strings, counted in characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rows suffice: the swap looks two rows back.
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, before[j - 2] + 1)
                }
                current[j] = best
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
