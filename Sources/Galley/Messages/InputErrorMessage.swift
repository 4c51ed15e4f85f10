import Foundation

/// The input problems a newsroom person meets most — a rules file that does not parse, a file that
/// cannot be read, bytes that are not UTF-8, a write lock held too long, a name or revision that
/// does not exist — as facts, so `Catalog+InputError.swift` can say them in both languages.
public enum InputErrorMessage: Sendable, Equatable {
    /// Why a file cannot be read, as a person can act on it.
    public enum Unreadable: Sendable, Equatable, CaseIterable {
        case missing, folder, notPermitted, unknown

        /// The reason for `path` as the file system says it now.
        static func of(_ path: String) -> Unreadable {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
            if isFolder.boolValue { return .folder }
            return FileManager.default.isReadableFile(atPath: path) ? .unknown : .notPermitted
        }
    }

    /// A YAML file (workflow.yaml, people.yaml, galley.yaml) the parser stopped on; `problem` is the
    /// parser's own words (English: they come from libyaml). `column` is 1-based, nil when unknown.
    case malformedYAML(file: String, line: Int, column: Int?, problem: String)
    /// The same key twice in one mapping.
    case duplicateYAMLKeys(file: String, line: Int, keys: [String])
    case emptyYAMLFile(file: String)
    /// A file named on the command line that cannot be read, and why.
    case unreadableFile(path: String, reason: Unreadable)
    /// `what` (a file, "the body", "standard input") with a byte that is not UTF-8 at `offset`.
    case invalidUTF8(what: String, offset: Int)
    /// Another galley process held the repository's write lock past the wait; `central` for the central repository's.
    case lockHeld(seconds: String, central: String?)
    /// A revision that names no commit.
    case unknownRevision(revision: String)
    /// A person people.yaml does not list.
    case unknownPersonListed(person: String, known: [String])
}
