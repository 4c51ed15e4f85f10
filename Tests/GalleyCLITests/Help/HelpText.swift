import Foundation

/// A `--help` text read back: its overview, its discussion and the entries of its argument and
/// option sections, as swift-argument-parser lays them out (labels in the first 26 columns).
struct HelpText {
    let text: String

    /// One argument or option: its label (`--format <format>`) and its help line, unwrapped.
    struct Entry: Equatable {
        var label: String
        var help: String
    }

    static let labelWidth = 26

    /// The entries under the headings `sections` (the English or the Vietnamese ones).
    func entries(under sections: Set<String>) -> [Entry] {
        var entries: [Entry] = []
        var inSection = false
        for line in text.components(separatedBy: "\n") {
            if sections.contains(line) { inSection = true; continue }
            if line.isEmpty || !line.hasPrefix("  ") { inSection = false; continue }
            guard inSection else { continue }
            let indent = String(repeating: " ", count: Self.labelWidth)
            if line.hasPrefix(indent), !entries.isEmpty {
                let more = line.trimmingCharacters(in: .whitespaces)
                entries[entries.count - 1].help += entries[entries.count - 1].help.isEmpty ? more : " " + more
                continue
            }
            let characters = Array(line)
            // The help starts at the label column, after at least one space; a longer label has its own line.
            if characters.count > Self.labelWidth, characters[Self.labelWidth - 1] == " ", characters[Self.labelWidth] != " " {
                entries.append(Entry(
                    label: String(characters[..<Self.labelWidth]).trimmingCharacters(in: .whitespaces),
                    help: String(characters[Self.labelWidth...]).trimmingCharacters(in: .whitespaces)))
            } else {
                entries.append(Entry(label: line.trimmingCharacters(in: .whitespaces), help: ""))
            }
        }
        return entries
    }

    /// The abstract after `heading` ("OVERVIEW: "), unwrapped.
    func overview(after heading: String) -> String? {
        guard text.hasPrefix(heading) else { return nil }
        let paragraph = text.dropFirst(heading.count).components(separatedBy: "\n\n").first ?? ""
        return paragraph.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// The discussion: what stands between the overview's paragraph and the usage line.
    func discussion(before usage: String) -> String {
        guard let end = text.range(of: "\n\n" + usage) else { return "" }
        let head = text[..<end.lowerBound].components(separatedBy: "\n\n")
        return head.dropFirst().joined(separator: "\n\n")
    }

    /// An English help line without the note the parser appends to it ("(values: …; default: …)").
    static func withoutParserNote(_ help: String) -> String {
        help.replacingOccurrences(of: #"\s*\((values|default)[^()]*\)$"#, with: "", options: .regularExpression)
    }
}
