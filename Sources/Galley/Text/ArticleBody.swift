/// Article body text as Galley stores it: NFC, LF, ending in one newline.
enum ArticleBody {
    static func normalized(_ text: String) -> String {
        var body = TextInput.normalize(text)
        while body.last?.isNewline == true || body.last == " " || body.last == "\t" { body.removeLast() }
        while body.first?.isNewline == true { body.removeFirst() }
        return body.isEmpty ? "" : body + "\n"
    }

    /// Whether a normalised body opens with a `---` line, as a whole `index.md` does: someone
    /// gave the document where its body belongs (`--body-file index.md`), and storing it would
    /// bury a second front matter in the text. A rule at the top can be written `***`.
    static func opensWithFrontMatter(_ body: String) -> Bool {
        guard body.hasPrefix("---") else { return false }
        let firstLine = body.prefix { $0 != "\n" }
        return firstLine.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
