/// What is wrong in an article's front matter, at `file:line` — the mistakes a person makes when
/// editing `index.md` by hand — as facts for `Catalog+FrontMatter.swift`. libyaml's own words
/// (`detail`) stay English. The nested records Galley writes itself (corrections, resources,
/// retracted) keep English-only messages: a person does not write them by hand.
public struct FrontMatterMessage: Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        case noOpening
        case noClosing
        case empty
        case notAMapping
        case notBlockStyle
        case keyNotPlainText
        case duplicateKey(key: String)
        case duplicateKeys(keys: [String])
        case missingKey(key: String)
        case invalidID(id: String, maximumLength: Int)
        case titleEmpty
        case notAPersonID(key: String, value: String)
        case notText(key: String)
        case notBoolean(key: String)
        case notAList(key: String)
        case notATime(key: String, value: String)
        case yamlError(detail: String)
        case unreadableYAML(detail: String)
    }

    public var file: String
    public var line: Int
    public var problem: Problem

    public init(file: String, line: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }
}
