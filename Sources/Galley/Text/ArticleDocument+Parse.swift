import Yams

extension ArticleDocument {
    /// Parses `---\n<yaml>\n---\n` + body. Uses `Yams.compose` (the Node API, not Decodable and not `Yams.load`:
    /// timestamps must stay text with their offset, and nodes carry marks for line numbers).
    /// Errors → GalleyError.invalidInput("<path>:<line>: <what is wrong>"): missing opening/closing `---`,
    /// YAML syntax errors (with Yams' line), a required key missing (id, title, state, author, created), a wrong type
    /// (tags not a list, draft not a bool), an unparsable timestamp, an invalid id.
    /// Exactly one blank line after the closing `---` is dropped from the body.
    public static func parse(_ text: String, path: String) throws(GalleyError) -> ArticleDocument {
        var normalized = TextInput.normalize(text)
        if normalized.unicodeScalars.first == "\u{FEFF}" { normalized.unicodeScalars.removeFirst() }
        // Split only the front matter into lines; the body is taken whole (it can be long).
        var lines: [String] = []
        var close: Int?
        var bodyStart = normalized.endIndex
        var lineStart = normalized.startIndex
        while lineStart < normalized.endIndex {
            let lineEnd = normalized[lineStart...].firstIndex(of: "\n") ?? normalized.endIndex
            let line = String(normalized[lineStart..<lineEnd])
            lines.append(line)
            let next = lineEnd < normalized.endIndex ? normalized.index(after: lineEnd) : normalized.endIndex
            if lines.count > 1, trimmedTrailing(line) == "---" {
                close = lines.count - 1
                bodyStart = next
                break
            }
            lineStart = next
        }
        let fail = { (line: Int, message: String) in GalleyError.invalidInput("\(path):\(line): \(message)") }
        let problem = { (line: Int, problem: FrontMatterMessage.Problem) in
            GalleyError(.invalidInput, .frontMatter(FrontMatterMessage(file: path, line: line, problem: problem)))
        }

        guard let first = lines.first, trimmedTrailing(first) == "---" else {
            throw problem(1, .noOpening)
        }
        guard let close else {
            throw problem(1, .noClosing)
        }
        let yamlLines = Array(lines[1..<close])
        // Exactly one blank line after the closing --- is dropped from the body.
        var body = normalized[bodyStart...]
        if let newline = body.firstIndex(of: "\n"), body[..<newline].allSatisfy(\.isWhitespace) {
            body = body[body.index(after: newline)...]
        } else if body.allSatisfy(\.isWhitespace) {
            body = body[body.endIndex...]
        }
        let bodyText = String(body)

        if let meta = CanonicalFrontMatter.read(yamlLines) {
            return ArticleDocument(meta: meta, body: bodyText)
        }
        var reader = FrontMatterReader(lines: yamlLines, closingLine: close + 1, fail: fail, problem: problem)
        let meta = try reader.read()
        return ArticleDocument(meta: meta, body: bodyText)
    }

    fileprivate static func trimmedTrailing(_ line: String) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
        return line[..<end]
    }
}

/// Turns the composed YAML of one front matter into `ArticleMeta`, naming the file line of every problem.
/// File line = YAML line + 1 (the opening `---` is line 1).
private struct FrontMatterReader {
    let lines: [String]
    let closingLine: Int
    /// English-only: the nested records Galley writes itself (see `FrontMatterMessage`).
    let fail: (Int, String) -> GalleyError
    let problem: (Int, FrontMatterMessage.Problem) -> GalleyError

    static let knownKeys = ArticleMetaKeys.all
    static let required = ["id", "title", "state", "author", "created"]

    mutating func read() throws(GalleyError) -> ArticleMeta {
        let root = try compose()
        guard let root else { throw problem(1, .empty) }
        guard case .mapping(let mapping) = root else {
            throw problem(line(root), .notAMapping)
        }
        guard mapping.style != .flow, !startsFlow(mapping.mark), mapping.mark.map({ $0.column == 1 }) ?? true else {
            throw problem(line(root), .notBlockStyle)
        }

        var values: [String: Node] = [:]
        var extras: [ExtraField] = []
        let pairs = Array(mapping)
        for (index, pair) in pairs.enumerated() {
            guard case .scalar(let keyScalar) = pair.key else {
                throw problem(line(pair.key), .keyNotPlainText)
            }
            let key = keyScalar.string
            // Hugo reads keys in any case: `Draft` beside `draft` is the same key twice.
            guard !values.keys.contains(where: { $0.lowercased() == key.lowercased() }),
                !extras.contains(where: { $0.key.lowercased() == key.lowercased() })
            else {
                throw problem(line(pair.key), .duplicateKey(key: key))
            }
            if Self.knownKeys.contains(key) {
                values[key] = pair.value
            } else {
                let start = (keyScalar.mark?.line ?? 1) - 1
                let end = index + 1 < pairs.count ? (pairs[index + 1].key.mark?.line ?? lines.count + 1) - 1 : lines.count
                var source = Array(lines[min(start, end)..<end])
                while let last = source.last, last.allSatisfy(\.isWhitespace) { source.removeLast() }
                extras.append(ExtraField(key: key, yaml: source.joined(separator: "\n")))
            }
        }
        for key in Self.required where values[key] == nil || isNull(values[key]) {
            throw problem(closingLine, .missingKey(key: key))
        }

        let id = try string(values, "id")
        guard ArticleID.isValid(id) else {
            throw problem(line(values["id"]), .invalidID(id: id, maximumLength: ArticleID.maximumLength + 4))
        }
        let title = try string(values, "title")
        guard !title.allSatisfy(\.isWhitespace) else { throw problem(line(values["title"]), .titleEmpty) }
        let state = try string(values, "state")
        let author = try string(values, "author")
        guard !author.isEmpty, author.unicodeScalars.allSatisfy(Self.isPersonIDScalar) else {
            throw problem(line(values["author"]), .notAPersonID(key: "author", value: author))
        }
        let assignee = try optionalString(values, "assignee")
        if let assignee, assignee.isEmpty || !assignee.unicodeScalars.allSatisfy(Self.isPersonIDScalar) {
            throw problem(line(values["assignee"]), .notAPersonID(key: "assignee", value: assignee))
        }
        return ArticleMeta(
            id: id, title: title, state: state,
            draft: try bool(values, "draft", default: true),
            author: author,
            byline: try optionalString(values, "byline"),
            section: try optionalString(values, "section"),
            summary: try optionalString(values, "summary"),
            source: try optionalString(values, "source"),
            sourceURL: try optionalString(values, "source_url"),
            tags: try stringList(values, "tags"),
            created: try timestamp(values["created"], "created"),
            updated: isNull(values["updated"]) ? nil : try timestamp(values["updated"], "updated"),
            publishDate: isNull(values["publishDate"]) ? nil : try timestamp(values["publishDate"], "publishDate"),
            embargo: isNull(values["embargo"]) ? nil : try timestamp(values["embargo"], "embargo"),
            assignee: assignee,
            approvals: try stringList(values, "approvals"),
            corrections: try corrections(values["corrections"]),
            retracted: try retraction(values["retracted"]),
            resources: try resources(values["resources"]),
            extra: extras)
    }

    // MARK: - Yams

    func compose() throws(GalleyError) -> Node? {
        let yaml = lines.joined(separator: "\n") + "\n"
        // Before any expansion: no anchors, aliases or tags, bounded size and depth.
        if let (line, problem) = YAMLGuard.firstProblem(yaml, limits: .frontMatter) { throw fail(line + 1, problem) }
        do {
            // Galley reads scalars as text itself: no tag resolution (its regexes dominated parsing), no environment lookup for the encoding.
            return try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw describe(error, yaml: yaml)
        } catch {
            throw problem(2, .unreadableYAML(detail: "\(error)"))
        }
    }

    func describe(_ error: YamlError, yaml: String) -> GalleyError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) (line \($0.mark.line + 1)): " } ?? ""
            return self.problem(mark.line + 1, .yamlError(detail: detail + problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return problem(duplicateLine(duplicates.sorted().first, fallback: context.mark.line + 1), .duplicateKeys(keys: duplicates.sorted()))
        case .reader(let problem, let offset, _, _):
            let yamlLine = offset.map { yaml.utf8.prefix($0).filter { $0 == UInt8(ascii: "\n") }.count + 1 } ?? 1
            return self.problem(yamlLine + 1, .yamlError(detail: problem))
        default:
            return problem(2, .yamlError(detail: "\(error)"))
        }
    }

    /// Whether a node starts with `{` (Yams does not always report the flow style of the root mapping).
    func startsFlow(_ mark: Mark?) -> Bool {
        guard let mark, mark.line >= 1, mark.line <= lines.count else { return false }
        return lines[mark.line - 1].unicodeScalars.dropFirst(mark.column - 1).first == "{"
    }

    /// Yams reports a duplicate at its mapping; the second occurrence of the key is what a person must fix.
    func duplicateLine(_ key: String?, fallback: Int) -> Int {
        guard let key else { return fallback }
        let occurrences = lines.indices.filter { lines[$0].hasPrefix(key + ":") || lines[$0].hasPrefix("\"\(key)\":") }
        return occurrences.count >= 2 ? occurrences[1] + 2 : fallback
    }

    // MARK: - Typed values

    func line(_ node: Node?) -> Int {
        (node?.mark?.line).map { $0 + 1 } ?? closingLine
    }

    /// A plain empty value, `~` or `null`: treated as absent for optional keys.
    func isNull(_ node: Node?) -> Bool {
        guard let node else { return true }
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func text(_ node: Node, _ what: String) throws(GalleyError) -> String {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            throw problem(line(node), .notText(key: what))
        }
        return TextInput.nfc(scalar.string)
    }

    func string(_ values: [String: Node], _ key: String) throws(GalleyError) -> String {
        guard let node = values[key] else { throw problem(closingLine, .missingKey(key: key)) }
        return try text(node, key)
    }

    func optionalString(_ values: [String: Node], _ key: String) throws(GalleyError) -> String? {
        guard let node = values[key], !isNull(node) else { return nil }
        return try text(node, key)
    }

    func bool(_ values: [String: Node], _ key: String, default value: Bool) throws(GalleyError) -> Bool {
        guard let node = values[key], !isNull(node) else { return value }
        if case .scalar(let scalar) = node, scalar.style == .plain, let value = YAMLBool.value(scalar.string) { return value }
        throw problem(line(node), .notBoolean(key: key))
    }

    func stringList(_ values: [String: Node], _ key: String) throws(GalleyError) -> [String] {
        guard let node = values[key], !isNull(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            throw problem(line(node), .notAList(key: key))
        }
        var items: [String] = []
        for item in sequence {
            items.append(try text(item, "an item of \(key)"))
        }
        return items
    }

    func timestamp(_ node: Node?, _ key: String) throws(GalleyError) -> Timestamp {
        guard let node else { throw problem(closingLine, .missingKey(key: key)) }
        let value = try text(node, key)
        guard let time = Timestamp(iso8601: value) else {
            throw problem(line(node), .notATime(key: key, value: value))
        }
        return time
    }

    func corrections(_ node: Node?) throws(GalleyError) -> [Correction] {
        guard let node, !isNull(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            throw fail(line(node), "'corrections' must be a list of time/actor/note entries")
        }
        var result: [Correction] = []
        for item in sequence {
            guard case .mapping(let mapping) = item else {
                throw fail(line(item), "a correction must have 'time', 'actor' and 'note'")
            }
            var fields: [String: Node] = [:]
            for pair in mapping {
                guard case .scalar(let key) = pair.key, (CorrectionKeys.required + CorrectionKeys.notice).contains(key.string) else {
                    throw fail(line(pair.key), "a correction has only 'time', 'actor' and 'note', and its notice's \(CorrectionKeys.notice.joined(separator: ", "))")
                }
                fields[key.string] = pair.value
            }
            for key in CorrectionKeys.required where fields[key] == nil {
                throw fail(line(item), "a correction has no '\(key)'")
            }
            result.append(
                Correction(
                    time: try timestamp(fields["time"], "time"),
                    actor: try string(fields, "actor"),
                    note: try string(fields, "note"),
                    notice: try notice(fields, item)))
        }
        return result
    }

    /// Hugo's `resources:` list as Galley writes it: `src`, an optional `title`, and `params` with
    /// `credit` and `alt` at most. Anything else is an error, so no hand-made entry passes unread.
    func resources(_ node: Node?) throws(GalleyError) -> [ArticleResource] {
        guard let node, !isNull(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            throw fail(line(node), "'resources' must be a list of src/title/params entries")
        }
        var result: [ArticleResource] = []
        for item in sequence {
            guard case .mapping(let mapping) = item else { throw fail(line(item), "a resource must have 'src'") }
            var fields: [String: Node] = [:]
            for pair in mapping {
                guard case .scalar(let key) = pair.key, ["src", "title", "params"].contains(key.string), fields[key.string] == nil else {
                    throw fail(line(pair.key), "a resource has only 'src', 'title' and 'params' (credit, alt)")
                }
                fields[key.string] = pair.value
            }
            guard fields["src"] != nil else { throw fail(line(item), "a resource has no 'src'") }
            var resource = ArticleResource(src: try string(fields, "src"), title: try optionalString(fields, "title"))
            if let params = fields["params"], !isNull(params) {
                guard case .mapping(let paramMapping) = params else { throw fail(line(params), "a resource's 'params' must hold credit and alt") }
                var paramFields: [String: Node] = [:]
                for pair in paramMapping {
                    guard case .scalar(let key) = pair.key, ["credit", "alt"].contains(key.string), paramFields[key.string] == nil else {
                        throw fail(line(pair.key), "a resource's 'params' hold only 'credit' and 'alt'")
                    }
                    paramFields[key.string] = pair.value
                }
                resource.credit = try optionalString(paramFields, "credit")
                resource.alt = try optionalString(paramFields, "alt")
            }
            result.append(resource)
        }
        return result
    }

    /// A correction's notice: absent in corrections from before notices, else complete.
    func notice(_ fields: [String: Node], _ item: Node) throws(GalleyError) -> CorrectionNotice? {
        guard CorrectionKeys.notice.contains(where: { fields[$0] != nil }) else { return nil }
        for key in ["original_title", "published", "wrong", "corrected"] where fields[key] == nil {
            throw fail(line(item), "a correction notice has no '\(key)'")
        }
        return CorrectionNotice(
            originalTitle: try string(fields, "original_title"), section: try optionalString(fields, "section"),
            published: try timestamp(fields["published"], "published"), titleWas: try optionalString(fields, "title_was"),
            wrong: try stringList(fields, "wrong"), corrected: try stringList(fields, "corrected"))
    }

    func retraction(_ node: Node?) throws(GalleyError) -> Retraction? {
        guard let node, !isNull(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            throw fail(line(node), "'retracted' must be a time/actor/reason record")
        }
        var fields: [String: Node] = [:]
        for pair in mapping {
            guard case .scalar(let key) = pair.key, CorrectionKeys.retraction.contains(key.string) else {
                throw fail(line(pair.key), "'retracted' has only 'time', 'actor' and 'reason'")
            }
            fields[key.string] = pair.value
        }
        for key in CorrectionKeys.retraction where fields[key] == nil {
            throw fail(line(node), "'retracted' has no '\(key)'")
        }
        return Retraction(time: try timestamp(fields["time"], "time"), actor: try string(fields, "actor"), reason: try string(fields, "reason"))
    }

    static func isPersonIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" || scalar == "-"
    }
}
