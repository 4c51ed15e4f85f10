import Foundation
import Yams

/// Reads Galley's YAML files (workflow, people, newsroom config) through
/// `Yams.compose`, whose nodes keep their line numbers: every error names the
/// file and line, so an admin can fix a hand edit without guessing.
struct YAMLFile {
    let path: String

    /// Parses `text` into its root node; a syntax error becomes `path:line: problem`.
    func root(_ text: String) throws(GalleyError) -> Node {
        try YAMLGuard.check(text, path: path, limits: .rulesFile)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw Self.describe(error, path: path)
        } catch {
            throw .invalidInput("\(path): \(error)")
        }
        guard let node else { throw GalleyError(.invalidInput, .input(.emptyYAMLFile(file: path))) }
        return node
    }

    /// A parser error as the catalog says it, with the file, line and column.
    private static func describe(_ error: YamlError, path: String) -> GalleyError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _),
            let .composer(_, problem, mark, _):
            return GalleyError(.invalidInput, .input(.malformedYAML(file: path, line: mark.line, column: mark.column, problem: problem)))
        case let .duplicatedKeysInMapping(duplicates, context):
            return GalleyError(.invalidInput, .input(.duplicateYAMLKeys(file: path, line: context.mark.line, keys: duplicates.sorted())))
        default:
            return .invalidInput("\(path): YAML error: \(error)")
        }
    }

    func location(_ node: Node) -> String {
        if let line = node.mark?.line { return "\(path):\(line)" }
        return path
    }

    func fail(_ node: Node, _ message: String) -> GalleyError {
        .invalidInput("\(location(node)): \(message)")
    }

    /// The key–value pairs of a mapping, in file order; keys must be strings.
    func mapping(_ node: Node, _ what: String) throws(GalleyError) -> [(key: String, value: Node)] {
        guard let mapping = node.mapping else { throw fail(node, "\(what) must be a mapping (key: value)") }
        var pairs: [(key: String, value: Node)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { throw fail(key, "\(what): keys must be plain names") }
            pairs.append((name, value))
        }
        return pairs
    }

    /// An empty value (`key:`), `~` or `null`; scalars are not tag-resolved, so this is by text.
    func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func string(_ node: Node, _ what: String) throws(GalleyError) -> String {
        guard let scalar = node.scalar else { throw fail(node, "\(what) must be a single value") }
        return TextInput.nfc(scalar.string)
    }

    func bool(_ node: Node, _ what: String) throws(GalleyError) -> Bool {
        guard let scalar = node.scalar else { throw fail(node, "\(what) must be true or false") }
        guard scalar.style == .plain, let value = YAMLBool.value(scalar.string) else {
            throw fail(node, "\(what) must be true or false, not '\(scalar.string)'")
        }
        return value
    }

    func int(_ node: Node, _ what: String) throws(GalleyError) -> Int {
        guard let scalar = node.scalar, let value = Int(scalar.string) else {
            throw fail(node, "\(what) must be a whole number")
        }
        return value
    }

    /// A list of strings; a single scalar counts as a one-item list.
    func strings(_ node: Node, _ what: String) throws(GalleyError) -> [String] {
        if let scalar = node.scalar { return [TextInput.nfc(scalar.string)] }
        guard let sequence = node.sequence else { throw fail(node, "\(what) must be a list like [a, b]") }
        var result: [String] = []
        for item in sequence { result.append(try string(item, what)) }
        return result
    }
}
