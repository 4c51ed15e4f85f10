import Foundation

/// The message of a Galley commit (design §5): a subject line, an optional
/// note, and Galley's trailer block as the last paragraph. Galley reads its
/// own trailers strictly — only the last paragraph, only when every line of it
/// is a `Galley-…: value` trailer — so no note can fake or break them.
public struct CommitMessage: Sendable, Equatable {
    public var subject: String
    public var note: String?
    public var trailers: GalleyTrailers

    public init(subject: String, note: String?, trailers: GalleyTrailers) {
        self.subject = subject
        self.note = note
        self.trailers = trailers
    }

    /// The subject for a step on an article: "approve: Title (submitted → edited)".
    public static func subject(transition: String, title: String, from: String?, to: String?) -> String {
        let states: String
        switch (from, to) {
        case let (from?, to?) where from == to: states = "(\(to))"
        case let (from?, to?): states = "(\(from) → \(to))"
        case let (nil, to?): states = "(→ \(to))"
        default: states = ""
        }
        return [transition + ":", oneLine(title), states].filter { !$0.isEmpty }.joined(separator: " ")
    }

    public func rendered() -> String {
        var text = Self.oneLine(subject) + "\n"
        if let note = note.map(Self.sanitizedNote), !note.isEmpty { text += "\n" + note + "\n" }
        text += "\n" + trailers.rendered()
        return text
    }

    /// Parses a commit message written by Galley; nil when its last paragraph is not a Galley trailer block.
    /// Works on UTF-8 bytes: `verify` and `log` parse one message per commit.
    public static func parse(_ message: String) -> CommitMessage? {
        let text = message.utf8.contains(UInt8(ascii: "\r")) ? message.replacingOccurrences(of: "\r\n", with: "\n") : message
        var paragraphs: [Substring] = []
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if !lines.isEmpty { paragraphs.append(joined(lines)) }
                lines.removeAll(keepingCapacity: true)
            } else {
                lines.append(line)
            }
        }
        if !lines.isEmpty { paragraphs.append(joined(lines)) }
        guard paragraphs.count >= 2, let last = paragraphs.popLast(), let trailers = GalleyTrailers.parse(last) else { return nil }
        let subject = String(paragraphs.removeFirst())
        let note = paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
        return CommitMessage(subject: subject, note: note, trailers: trailers)
    }

    /// Consecutive lines of one string, as the substring that spans them.
    private static func joined(_ lines: [Substring]) -> Substring {
        guard let first = lines.first, let last = lines.last else { return "" }
        return first.base[first.startIndex..<last.endIndex]
    }

    /// NFC, LF line ends, no trailing blanks, and no line that git would read
    /// as the end of the message (`---`, or a `# --- >8 ---` scissors line):
    /// such lines get a leading space.
    static func sanitizedNote(_ note: String) -> String {
        let lines = TextInput.normalize(note).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            while line.last?.isWhitespace == true { line.removeLast() }
            return line.hasPrefix("---") || line.hasPrefix("#") ? " " + line : line
        }
        var text = lines.joined(separator: "\n")
        while text.contains("\n\n\n") { text = text.replacingOccurrences(of: "\n\n\n", with: "\n\n") }
        return text.trimmingNewlines()
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

extension String {
    func trimmingNewlines() -> String {
        var text = Substring(self)
        while text.first?.isNewline == true { text.removeFirst() }
        while text.last?.isNewline == true { text.removeLast() }
        return String(text)
    }
}
