/// A small Markdown renderer for article bodies: paragraphs, headings, emphasis, links,
/// lists, quotes, code spans, fenced code and images. Safe by construction: every character of the
/// source reaches the page escaped, raw HTML is shown as text (never passed through),
/// and links and images keep only http, https, mailto and relative addresses.
public enum Markdown {
    /// `files`: where the article's own files are served (`/articles/ID/files/`): a relative
    /// image or link (`anh.jpg`, beside index.md) points there.
    public static func html(_ source: String, files: String? = nil) -> HTML {
        Renderer(files: files).html(source)
    }
}

/// One rendering, knowing where relative addresses point.
struct Renderer {
    var files: String?

    func html(_ source: String) -> HTML {
        var blocks: [HTML] = []
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [String])?
        var quote: [String] = []

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            blocks.append(.element("p", [], inline(paragraph.joined(separator: "\n"))))
            paragraph = []
        }
        func flushList() {
            guard let current = list else { return }
            let items = HTML.join(current.items.map { .element("li", [], inline($0)) })
            blocks.append(.element(current.ordered ? "ol" : "ul", [], items))
            list = nil
        }
        func flushQuote() {
            guard !quote.isEmpty else { return }
            blocks.append(.element("blockquote", [], html(quote.joined(separator: "\n"))))
            quote = []
        }
        func flushAll() {
            flushParagraph()
            flushList()
            flushQuote()
        }

        var fence: [String]?
        for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            let trimmed = line.drop(while: { $0 == " " })
            // A fenced block (``` … ```) is shown exactly as written, escaped.
            if trimmed.hasPrefix("```") {
                if let lines = fence {
                    blocks.append(.element("pre", [], .element("code", [], HTML(text: lines.joined(separator: "\n")))))
                    fence = nil
                } else {
                    flushAll()
                    fence = []
                }
                continue
            }
            if fence != nil {
                fence?.append(line)
                continue
            }
            if trimmed.isEmpty {
                flushAll()
                continue
            }
            if trimmed.hasPrefix(">") {
                flushParagraph()
                flushList()
                quote.append(String(trimmed.dropFirst().drop(while: { $0 == " " })))
                continue
            }
            flushQuote()
            if let (level, text) = heading(trimmed) {
                flushParagraph()
                flushList()
                // The article's title is the page's one h1: its headings start at h2.
                blocks.append(.element("h\(min(level + 1, 6))", [], inline(text)))
                continue
            }
            if let (ordered, text) = listItem(trimmed) {
                flushParagraph()
                if let current = list, current.ordered != ordered { flushList() }
                list = (ordered, (list?.items ?? []) + [text])
                continue
            }
            if var current = list, line.first == " " || line.first == "\t", let last = current.items.popLast() {
                // An indented line goes on with the item above it.
                current.items.append(last + "\n" + trimmed)
                list = current
                continue
            }
            flushList()
            paragraph.append(String(trimmed))
        }
        if let lines = fence { blocks.append(.element("pre", [], .element("code", [], HTML(text: lines.joined(separator: "\n"))))) }
        flushAll()
        return HTML.join(blocks, separator: "\n")
    }

    /// `## Text` → (2, "Text"); the closing hashes of `## Text ##` are dropped.
    func heading(_ line: Substring) -> (Int, String)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces()
        while text.hasSuffix("#") { text.removeLast() }
        return (hashes, text.trimmingSpaces())
    }

    /// `- item`, `* item`, `+ item`, `1. item`, `1) item`.
    func listItem(_ line: Substring) -> (ordered: Bool, text: String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, line.dropFirst(2).trimmingSpaces())
        }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...9).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " else { return nil }
        return (true, rest.dropFirst(2).trimmingSpaces())
    }

    // MARK: Inline

    /// Text with emphasis, code spans, links and images; everything else escaped.
    func inline(_ text: String) -> HTML {
        var output = ""
        var plain = ""
        let characters = Array(text)
        var index = 0
        func flush() {
            output += HTML.escape(plain)
            plain = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, "\\`*_[]()!#+-.>".contains(characters[index + 1]) {
                plain.append(characters[index + 1])
                index += 2
                continue
            }
            if character == "\n" {
                plain.append(" ")
                index += 1
                continue
            }
            if character == "`", let end = find("`", in: characters, from: index + 1) {
                flush()
                output += HTML.element("code", [], HTML(text: String(characters[(index + 1)..<end]))).rendered
                index = end + 1
                continue
            }
            if character == "!", index + 1 < characters.count, characters[index + 1] == "[",
                let (label, target, end) = linkParts(characters, from: index + 1)
            {
                flush()
                if let source = safeURL(target) {
                    output += HTML.void("img", [("src", source), ("alt", label), ("loading", "lazy")]).rendered
                } else {
                    output += HTML.escape(label)
                }
                index = end
                continue
            }
            if character == "[", let (label, target, end) = linkParts(characters, from: index) {
                flush()
                let content = inline(label)
                if let href = safeURL(target) {
                    output += HTML.element("a", [("href", href), ("rel", "nofollow noopener noreferrer")], content).rendered
                } else {
                    output += content.rendered
                }
                index = end
                continue
            }
            if character == "*" || character == "_" {
                let double = index + 1 < characters.count && characters[index + 1] == character
                let marker = String(repeating: String(character), count: double ? 2 : 1)
                // `_` emphasises only at a word's edge, so snake_case stays as it is.
                let opensWord = character == "*" || index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
                let start = index + marker.count
                if opensWord, start < characters.count, characters[start] != " ",
                    let end = find(marker, in: characters, from: start + 1), characters[end - 1] != " "
                {
                    flush()
                    let inner = inline(String(characters[start..<end]))
                    output += HTML.element(double ? "strong" : "em", [], inner).rendered
                    index = end + marker.count
                    continue
                }
            }
            plain.append(character)
            index += 1
        }
        flush()
        return HTML(markup: output)
    }

    /// The first position at or after `start` where `marker` begins (a single `*` that is half of `**` does not count).
    func find(_ marker: String, in characters: [Character], from start: Int) -> Int? {
        let pattern = Array(marker)
        var index = start
        while index + pattern.count <= characters.count {
            if Array(characters[index..<(index + pattern.count)]) == pattern {
                let next = index + pattern.count
                let partOfLonger = pattern.count == 1 && pattern[0] != "`" && next < characters.count && characters[next] == pattern[0]
                if !partOfLonger { return index }
                index += 2
                continue
            }
            index += 1
        }
        return nil
    }

    /// `[label](target)` starting at `start` (the `[`): the label, the target and the index after `)`.
    func linkParts(_ characters: [Character], from start: Int) -> (String, String, Int)? {
        var depth = 0
        var index = start
        var labelEnd: Int?
        while index < characters.count {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 {
                    labelEnd = index
                    break
                }
            }
            index += 1
        }
        guard let labelEnd, labelEnd + 1 < characters.count, characters[labelEnd + 1] == "(" else { return nil }
        // The target ends at the `)` that balances its `(`: `(https://vi.wikipedia.org/wiki/Huế_(định_hướng))`.
        var close: Int?
        var open = 0
        for position in (labelEnd + 2)..<characters.count {
            if characters[position] == "(" { open += 1 }
            if characters[position] == ")" {
                if open == 0 {
                    close = position
                    break
                }
                open -= 1
            }
        }
        guard let close else { return nil }
        let label = String(characters[(start + 1)..<labelEnd])
        var target = String(characters[(labelEnd + 2)..<close]).trimmingSpaces()
        // `(url "title")`: the title is dropped.
        if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }
        return (label, target, close + 1)
    }

    /// The address when it is http(s), mailto or relative; nil for anything else
    /// (`javascript:`, `data:` …, however it is spelled with case, blanks or controls).
    func safeURL(_ target: String) -> String? {
        let cleaned = String(target.unicodeScalars.filter { !$0.properties.isWhitespace && $0.properties.generalCategory != .control })
        guard !cleaned.isEmpty else { return nil }
        guard let colon = cleaned.firstIndex(of: ":") else { return relative(cleaned) }
        let beforeColon = cleaned[..<colon]
        // A colon after a path, query or fragment starts no scheme: `a/b:c` is relative.
        if beforeColon.contains(where: { "/?#".contains($0) }) { return relative(cleaned) }
        return ["http", "https", "mailto"].contains(beforeColon.lowercased()) ? cleaned : nil
    }

    /// A bare file name (`anh.jpg`, `./anh.jpg`) is the article's own file; other relative addresses stay.
    func relative(_ address: String) -> String {
        let name = address.hasPrefix("./") ? String(address.dropFirst(2)) : address
        guard let files, !name.isEmpty, !name.contains("/"), !name.hasPrefix("#"), !name.hasPrefix("?") else { return address }
        return files + name
    }
}

extension StringProtocol {
    /// Without the spaces and tabs at either end.
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
