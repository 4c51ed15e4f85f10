/// How Galley writes scalars into front matter.
///
/// Free text is always a double-quoted YAML string with JSON-compatible escapes: YAML's double-quoted
/// style is a superset of JSON strings, so no title (colons, `#`, quotes, `---`, newlines) can break the
/// front matter or be misread by Hugo or Jekyll. Identifiers are written bare only when no YAML reader
/// could take them for anything but a string.
enum YAMLQuoting {
    static func quoted(_ text: String) -> String {
        StringLiteral.quoted(TextInput.nfc(text))
    }

    /// A bare scalar for ids, states and person ids (`submitted`, `thanhphu`), quoted when YAML 1.1 would
    /// read it as a bool, null or number (`no`, `null`, `2019`) or when it holds anything unusual.
    static func identifier(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first),
            text.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "." }),
            !yamlWords.contains(text)
        else { return quoted(text) }
        return text
    }

    /// Plain words that YAML 1.1 resolvers (Hugo's, Jekyll's) turn into non-strings.
    private static let yamlWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf"]

    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }
}
