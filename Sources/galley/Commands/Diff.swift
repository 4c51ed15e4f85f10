import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: Help.text("Word-level changes of an article between two revisions."),
            discussion: Help.discussion(.diff))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The article id.")) var id: String
        @Argument(help: Help.argument("From this revision (commit or state).")) var from: String?
        @Argument(help: Help.argument("To this revision (commit or state; default: now).")) var to: String?
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text
        @Flag(help: Help.argument("Show every paragraph, not only the changed ones.")) var full = false

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let diff = try global.open().diff(id, from: from, to: to)
                switch format {
                case .json:
                    func segments(_ list: [WordDiff.Segment]) -> JSONValue {
                        .array(list.map { .object([("op", .string($0.operation.rawValue)), ("text", .string($0.text))]) })
                    }
                    Terminal.print(json: JSONValue.object([
                        ("article", .string(diff.article)),
                        ("from", .object([("commit", .string(diff.from.commit)), ("state", .string(diff.from.state))])),
                        ("to", .object([("commit", .string(diff.to.commit)), ("state", .string(diff.to.state))])),
                        ("changed", .bool(!diff.isEmpty)),
                        ("title", segments(diff.title)),
                        ("body", segments(diff.body)),
                        ("fields", .array(diff.fields.map { change in
                            func value(_ items: [String]?) -> JSONValue {
                                guard let items else { return .null }
                                return change.kind == .list ? .array(items.map(JSONValue.string)) : .optional(items.first)
                            }
                            return .object([
                                ("field", .string(change.field)), ("kind", .string(change.kind.rawValue)), ("content", .bool(change.isContent)),
                                ("old", value(change.old)), ("new", value(change.new)), ("segments", segments(change.segments)),
                            ])
                        })),
                    ]))
                case .text:
                    let style = DiffStyle.current
                    let language = Terminal.language
                    Terminal.print("\(diff.article): \(diff.from.commit.prefix(7)) (\(diff.from.state)) → \(diff.to.commit.prefix(7)) (\(diff.to.state))")
                    // Every changed front-matter field in words, then the body's word diff.
                    for change in diff.fields {
                        let name = Self.fieldLabel(change.field).map { Catalog.render($0, in: language) } ?? change.field
                        Terminal.printStyled(TerminalText.clean(name, multiline: false) + ": " + style.render(change))
                    }
                    guard diff.body.contains(where: { $0.operation != .equal }) else {
                        return Terminal.print(Catalog.render(Label.noTextChanges, in: language))
                    }
                    let paragraphs = style.render(diff.body).components(separatedBy: "\n\n")
                    // Unchanged paragraphs are left out (unless --full); "…" marks where.
                    var shown: [String] = []
                    var skipped = false
                    for paragraph in paragraphs {
                        if full || style.isChanged(paragraph) {
                            if skipped && !shown.isEmpty { shown.append("…") }
                            shown.append(paragraph)
                            skipped = false
                        } else {
                            skipped = true
                        }
                    }
                    Terminal.printStyled("\n" + shown.joined(separator: "\n\n"))
                }
            }
        }
    }
}

extension GalleyCommand.Diff {
    /// The catalog's name of a front-matter key Galley knows; nil for an extra key (shown as written).
    static func fieldLabel(_ field: String) -> Label? { FieldLabels.label(for: field) }
}

/// Marks for deleted and inserted text: colour on a terminal, git's plain word-diff markers otherwise.
struct DiffStyle {
    let deleteStart: String
    let deleteEnd: String
    let insertStart: String
    let insertEnd: String

    static var current: DiffStyle {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if !noColor && isatty(STDOUT_FILENO) == 1 {
            return DiffStyle(deleteStart: "\u{1B}[31;9m", deleteEnd: "\u{1B}[0m", insertStart: "\u{1B}[32;4m", insertEnd: "\u{1B}[0m")
        }
        return DiffStyle(deleteStart: "[-", deleteEnd: "-]", insertStart: "{+", insertEnd: "+}")
    }

    /// The article's text is cleaned here, before the marks go in, so only the marks' own
    /// escape sequences reach the terminal (see `Terminal.printStyled`).
    func render(_ segments: [WordDiff.Segment]) -> String {
        segments.map { segment in
            let text = TerminalText.clean(segment.text)
            switch segment.operation {
            case .equal: return text
            case .delete: return deleteStart + text + deleteEnd
            case .insert: return insertStart + text + insertEnd
            }
        }.joined()
    }

    /// A field: a text field as its word diff, a list as its items (kept, removed, added) joined by commas.
    func render(_ change: FieldChange) -> String {
        switch change.kind {
        case .text: return render(change.segments)
        case .list: return change.segments.map { render([$0]) }.joined(separator: ", ")
        }
    }

    func isChanged(_ paragraph: String) -> Bool {
        paragraph.contains(deleteStart) || paragraph.contains(insertStart)
    }
}
