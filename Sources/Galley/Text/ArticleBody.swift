/// Article body text as Galley stores it: NFC, LF, ending in one newline.
enum ArticleBody {
    static func normalized(_ text: String) -> String {
        var body = TextInput.normalize(text)
        while body.last?.isNewline == true || body.last == " " || body.last == "\t" { body.removeLast() }
        while body.first?.isNewline == true { body.removeFirst() }
        return body.isEmpty ? "" : body + "\n"
    }
}
