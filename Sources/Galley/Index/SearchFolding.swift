/// Folds text for diacritic-insensitive search with the same rules as ids
/// (`ArticleID.fold`: marks dropped, đ → d, lowercase), one scalar at a time
/// with a cache, because indexing folds every body and Foundation's
/// decomposition is slow on Linux. Stored text is NFC, so folding scalar by
/// scalar equals folding the whole string.
struct SearchFolding {
    private var cache: [UInt32: String] = [:]

    mutating func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(value + 32) ?? scalar : scalar)
            } else if let folded = cache[value] {
                out.append(contentsOf: folded.unicodeScalars)
            } else {
                let folded = ArticleID.fold(String(Character(scalar)))
                cache[value] = folded
                out.append(contentsOf: folded.unicodeScalars)
            }
        }
        return String(out)
    }
}
