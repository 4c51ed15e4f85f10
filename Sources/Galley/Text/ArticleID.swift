import Foundation

/// Article ids: made once from the title, never changed, and used as a folder
/// name under `articles/YYYY/MM/DD/`, so they must be plain, short and safe.
public enum ArticleID {
    /// Long enough for a full Vietnamese headline, short enough for paths and URLs.
    public static let maximumLength = 80

    /// What an id becomes when the title leaves nothing usable ("bài viết" = "article").
    static let fallback = "bai-viet"

    /// Fold Vietnamese (and other Latin) text to lowercase ASCII: NFD + drop combining marks, đ/Đ → d (NFD does not do that), ơ/ư etc. handled by the mark removal;
    /// used for ids AND for diacritic-insensitive search, so it keeps spaces/punctuation as they are (only letters change). NFC and NFD input give identical output.
    /// Letters of other scripts stay (recomposed to NFC); only their marks are dropped.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if let replacement = latinLetters[scalar] {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// The id made from a title: fold, every run of non [a-z0-9] → one hyphen, trim hyphens, cut at maximumLength on a hyphen boundary when possible
    /// (never leave a trailing hyphen); an empty result (title of only punctuation, emoji, "../..") → "bai-viet". The result always satisfies isValid.
    public static func slug(from title: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in fold(title).unicodeScalars {
            if isIDCharacter(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let joined = words.joined(separator: "-")
        guard !joined.isEmpty else { return fallback }
        return cut(joined, to: maximumLength)
    }

    /// `^[a-z0-9]+(-[a-z0-9]+)*$`, 1...maximumLength+4 characters (room for a "-NN" suffix). Guarantees the id can never escape articles/.
    public static func isValid(_ id: String) -> Bool {
        let scalars = Array(id.unicodeScalars)
        guard (1...maximumLength + 4).contains(scalars.count) else { return false }
        guard let first = scalars.first, let last = scalars.last, first != "-", last != "-" else { return false }
        var previous: Unicode.Scalar = "-"
        for scalar in scalars {
            if scalar == "-" {
                if previous == "-" { return false }
            } else if !isIDCharacter(scalar) {
                return false
            }
            previous = scalar
        }
        return true
    }

    /// The first of slug, slug-2, slug-3 … for which `isTaken` is false (the suffix keeps the whole id within maximumLength + 4).
    /// Gives up with `.failure` after 10 000 tries: that many same-titled articles means `isTaken` is broken.
    public static func unique(from title: String, isTaken: (String) throws(GalleyError) -> Bool) throws(GalleyError) -> String {
        let base = slug(from: title)
        if try !isTaken(base) { return base }
        for number in 2...10_000 {
            let suffix = "-\(number)"
            let candidate = cut(base, to: maximumLength + 4 - suffix.count) + suffix
            if try !isTaken(candidate) { return candidate }
        }
        throw GalleyError(.failure, .repository(.noFreeArticleID(base: base)))
    }

    // MARK: - Helpers

    static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Cuts a hyphenated ASCII slug to at most `length`, preferring the last hyphen so no word is split;
    /// a single word longer than `length` is cut hard. Never leaves a trailing hyphen.
    static func cut(_ slug: String, to length: Int) -> String {
        let scalars = Array(slug.unicodeScalars)
        guard scalars.count > length else { return slug }
        var end = length
        if scalars[length] != "-", let hyphen = scalars[..<length].lastIndex(of: "-"), hyphen > 0 {
            end = hyphen
        }
        while end > 0, scalars[end - 1] == "-" { end -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[..<end])
        return end > 0 ? String(out) : fallback
    }

    /// Latin letters that canonical decomposition leaves alone (lowercase: `fold` lowercases first).
    static let latinLetters: [Unicode.Scalar: String] = [
        "đ": "d", "ð": "d", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ı": "i", "ħ": "h",
    ]
}
