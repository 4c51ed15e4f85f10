/// A fast reader for front matter exactly as Galley renders it (known keys,
/// one per line, double-quoted strings with JSON escapes, flow lists of
/// quoted strings, the `corrections:` block). Replaying a long history parses
/// every version of every article, and a general YAML parser costs ~20× more.
/// Anything it does not recognise — a hand edit, an unknown key, a comment —
/// makes it answer nil, and the caller takes the full YAML path, which also
/// owns every error message. So this reader never decides that input is bad.
enum CanonicalFrontMatter {
    static func read(_ lines: [String]) -> ArticleMeta? {
        var values: [String: Substring] = [:]
        var corrections: [Correction] = []
        var resources: [ArticleResource] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard let colon = line.firstIndex(of: ":"), line.first?.isLetter == true else { return nil }
            let key = String(line[..<colon])
            var value = line[line.index(after: colon)...]
            if key == "corrections" {
                guard value.isEmpty, corrections.isEmpty else { return nil }
                while index + 2 < lines.count, lines[index].hasPrefix("  - time: ") {
                    guard let time = Timestamp(iso8601: String(lines[index].dropFirst(10))),
                        lines[index + 1].hasPrefix("    actor: "), lines[index + 2].hasPrefix("    note: "),
                        let actor = quoted(lines[index + 1].dropFirst(11)), let note = quoted(lines[index + 2].dropFirst(10))
                    else { return nil }
                    corrections.append(Correction(time: time, actor: actor, note: note))
                    index += 3
                }
                guard !corrections.isEmpty else { return nil }
                continue
            }
            if key == "resources" {
                guard value.isEmpty, resources.isEmpty, let read = ArticleResource.readCanonical(lines, from: &index) else { return nil }
                resources = read
                continue
            }
            guard value.first == " ", ArticleMetaKeys.canonicalLine.contains(key), values[key] == nil else { return nil }
            value = value.dropFirst()
            values[key] = value
        }
        guard let id = values["id"].flatMap(identifier), ArticleID.isValid(id),
            let title = values["title"].flatMap(quoted), !title.allSatisfy(\.isWhitespace),
            let state = values["state"].flatMap(identifier),
            let author = values["author"].flatMap(identifier),
            let createdText = values["created"], let created = Timestamp(iso8601: String(createdText))
        else { return nil }
        var draft = true
        if let text = values["draft"] {
            guard let value = YAMLBool.value(String(text)) else { return nil }
            draft = value
        }
        var times: [String: Timestamp] = [:]
        for key in ["updated", "publishDate", "embargo"] {
            guard let text = values[key] else { continue }
            guard let time = Timestamp(iso8601: String(text)) else { return nil }
            times[key] = time
        }
        var texts: [String: String] = [:]
        for key in ["byline", "section", "summary", "source", "source_url"] {
            guard let text = values[key] else { continue }
            guard let value = quoted(text) else { return nil }
            texts[key] = value
        }
        var assignee: String?
        if let text = values["assignee"] {
            guard let id = identifier(text) else { return nil }
            assignee = id
        }
        guard let tags = values["tags"].map(list) ?? [], let approvals = values["approvals"].map(list) ?? [] else { return nil }
        return ArticleMeta(
            id: id, title: title, state: state, draft: draft, author: author, byline: texts["byline"], section: texts["section"],
            summary: texts["summary"], source: texts["source"], sourceURL: texts["source_url"], tags: tags, created: created,
            updated: times["updated"], publishDate: times["publishDate"], embargo: times["embargo"], assignee: assignee, approvals: approvals,
            corrections: corrections, resources: resources)
    }

    /// A bare identifier as `YAMLQuoting.identifier` writes it (quoted ones take the slow path).
    private static func identifier(_ text: Substring) -> String? {
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }) else { return nil }
        return String(text)
    }

    /// `"…"` with the escapes `YAMLQuoting.quoted` writes; nil for anything else.
    static func quoted(_ text: Substring) -> String? {
        var scalars = text.unicodeScalars[...]
        guard scalars.first == "\"", scalars.last == "\"", scalars.count >= 2 else { return nil }
        scalars = scalars.dropFirst().dropLast()
        var out = String.UnicodeScalarView()
        var iterator = scalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\"" { return nil }
            guard scalar == "\\" else {
                out.append(scalar)
                continue
            }
            switch iterator.next() {
            case "\""?: out.append("\"")
            case "\\"?: out.append("\\")
            case "n"?: out.append("\n")
            case "t"?: out.append("\t")
            case "r"?: out.append("\r")
            case "u"?:
                var hex = ""
                for _ in 0..<4 { guard let digit = iterator.next() else { return nil }; hex.unicodeScalars.append(digit) }
                guard let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else { return nil }
                out.append(decoded)
            default: return nil
            }
        }
        return TextInput.nfc(String(out))
    }

    /// `["a", "b"]` or `[]`.
    private static func list(_ text: Substring) -> [String]? {
        guard text.first == "[", text.last == "]" else { return nil }
        let inner = text.dropFirst().dropLast()
        if inner.isEmpty { return [] }
        var items: [String] = []
        var rest = inner[...]
        while !rest.isEmpty {
            guard rest.first == "\"" else { return nil }
            // Find the closing quote: the first unescaped ".
            var index = rest.index(after: rest.startIndex)
            var escaped = false
            while index < rest.endIndex {
                let character = rest[index]
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { break }
                index = rest.index(after: index)
            }
            guard index < rest.endIndex, let item = quoted(rest[...index]) else { return nil }
            items.append(item)
            rest = rest[rest.index(after: index)...]
            if rest.hasPrefix(", ") { rest = rest.dropFirst(2) } else if !rest.isEmpty { return nil }
        }
        return items
    }
}
