/// Bounds the cost of every YAML text Galley reads, before the parser sees it.
/// Galley never writes anchors, aliases or tags, and an alias bomb of a few
/// hundred bytes expands exponentially (in Yams' duplicate-key hashing and in
/// every walk of the tree), so they are refused outright rather than limited;
/// size and nesting depth are bounded too. The scan is conservative: text it
/// cannot place (a `*` opening a plain continuation line) counts as an alias.
enum YAMLGuard {
    struct Limits {
        var bytes: Int
        var depth = 32

        /// Front matter: a few kilobytes of fields.
        static let frontMatter = Limits(bytes: 64 * 1024)
        /// people.yaml, workflow.yaml, galley.yaml.
        static let rulesFile = Limits(bytes: 1024 * 1024)
    }

    /// Refuses (invalidInput, naming the file and line) what Galley would never write.
    static func check(_ text: String, path: String, limits: Limits) throws(GalleyError) {
        if let (line, problem) = firstProblem(text, limits: limits) { throw .invalidInput("\(path):\(line): \(problem)") }
    }

    /// The first line (1-based) of `text` Galley refuses to parse, and why.
    static func firstProblem(_ text: String, limits: Limits) -> (line: Int, problem: String)? {
        guard text.utf8.count <= limits.bytes else {
            return (1, "\(text.utf8.count) bytes of YAML; the limit is \(limits.bytes)")
        }
        var scanner = Scanner(limits: limits)
        var lineNumber = 1
        // Lines split on the bytes, not on Characters (grapheme breaking cost ~3M instructions of
        // a transition's 75M). The same lines as `text.split(separator: "\n")`: there, CR LF is one
        // Character and does not end a line; every other LF does.
        let bytes = Array(text.utf8)
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") && (index == 0 || bytes[index - 1] != UInt8(ascii: "\r")) {
            if let problem = scanner.scan(Array(bytes[start..<index])) { return (lineNumber, problem + " (Galley reads plain YAML only)") }
            lineNumber += 1
            start = index + 1
        }
        if let problem = scanner.scan(Array(bytes[start...])) { return (lineNumber, problem + " (Galley reads plain YAML only)") }
        return nil
    }

    private struct Scanner {
        let limits: Limits
        var quote: UInt8?
        var flowDepth = 0
        /// Indentation of the line that opened a block scalar (`|`, `>`), while inside it.
        var blockParentIndent: Int?

        init(limits: Limits) { self.limits = limits }

        /// Returns a problem on this line, or nil.
        mutating func scan(_ line: [UInt8]) -> String? {
            let space = UInt8(ascii: " ")
            var indent = 0
            while indent < line.count, line[indent] == space { indent += 1 }
            if let parent = blockParentIndent {
                if indent == line.count || indent > parent { return nil }  // block scalar content
                blockParentIndent = nil
            }
            if indent > limits.depth * 8 { return "nested too deeply" }
            var index = quote == nil ? indent : 0
            var atNodeStart = quote == nil
            var sequenceMarks = 0
            while index < line.count {
                let byte = line[index]
                if let open = quote {
                    if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                        index += 2
                        continue
                    }
                    if byte == open {
                        if open == UInt8(ascii: "'"), index + 1 < line.count, line[index + 1] == open {
                            index += 2
                            continue
                        }
                        quote = nil
                        atNodeStart = false
                    }
                    index += 1
                    continue
                }
                let next: UInt8? = index + 1 < line.count ? line[index + 1] : nil
                let endsToken = next == nil || next == space
                switch byte {
                case space:
                    break
                case UInt8(ascii: "#") where index == 0 || line[index - 1] == space:
                    return nil  // a comment: the rest of the line
                case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"):
                    if atNodeStart { return byte == UInt8(ascii: "!") ? "a YAML tag" : "a YAML anchor or alias" }
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if atNodeStart { quote = byte }
                    atNodeStart = false
                case UInt8(ascii: "|"), UInt8(ascii: ">"):
                    if atNodeStart {
                        blockParentIndent = indent
                        return nil
                    }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    if atNodeStart || flowDepth > 0 {
                        flowDepth += 1
                        if flowDepth > limits.depth { return "nested too deeply" }
                        atNodeStart = true
                    }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if flowDepth > 0 { flowDepth -= 1 }
                    atNodeStart = false
                case UInt8(ascii: ",") where flowDepth > 0:
                    atNodeStart = true
                case UInt8(ascii: ":") where endsToken || flowDepth > 0:
                    atNodeStart = true
                case UInt8(ascii: "-"), UInt8(ascii: "?"):
                    if atNodeStart && endsToken {
                        sequenceMarks += 1
                        if sequenceMarks > limits.depth { return "nested too deeply" }
                    } else {
                        atNodeStart = false
                    }
                default:
                    atNodeStart = false
                }
                index += 1
            }
            return nil
        }
    }
}
