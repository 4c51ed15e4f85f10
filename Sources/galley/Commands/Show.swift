import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: Help.text("Show one article: its state, people, and text."),
            discussion: Help.discussion(.show))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The article id (or a beginning of it no other id shares).")) var id: String
        @Option(help: Help.argument("A revision (commit) to show it at.")) var at: String?
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let (article, workflow, round) = try newsroom.showWithRound(id, at: at)
                switch format {
                case .json: Terminal.print(jsonWrittenBy: { ArticleJSON.write(article, workflow: workflow, body: true, into: &$0) })
                case .text:
                    let meta = article.document.meta
                    let language = Terminal.language
                    var fields: [(Label, String)] = [
                        (.fieldID, meta.id),
                        (.fieldState, workflow.state(meta.state)?.display ?? meta.state),
                        (.fieldAuthor, meta.author + (meta.byline.map { " (\(Catalog.render(Label.fieldByline, in: language)): \($0))" } ?? "")),
                        (.fieldSection, meta.section ?? "-"),
                        (.fieldTags, meta.tags.isEmpty ? "-" : meta.tags.joined(separator: ", ")),
                        (.fieldCreated, Catalog.time(meta.created, in: language)),
                        (.fieldUpdated, Catalog.time(meta.updated ?? meta.created, in: language)),
                        (.fieldPath, article.path),
                    ]
                    // Issue 12's fields, each only when the article has it.
                    let optional: [(Label, String?)] = [
                        (.fieldSummary, meta.summary), (.fieldSource, meta.source), (.fieldSourceURL, meta.sourceURL),
                        (.fieldPublishDate, meta.publishDate.map { Catalog.time($0, in: language) }),
                        (.fieldEmbargo, meta.embargo.map { Catalog.time($0, in: language) }),
                    ]
                    fields.insert(contentsOf: optional.compactMap { label, value in value.map { (label, $0) } }, at: 4)
                    let width = fields.map { Catalog.render($0.0, in: language).count }.max() ?? 0
                    var lines = [meta.title, ""] + fields.map { Terminal.pad(Catalog.render($0.0, in: language) + ":", width + 3) + $0.1 }
                    if let assignee = meta.assignee {
                        lines.append(Catalog.render(.assignment(.assigneeLine(person: assignee)), in: language))
                    }
                    if !meta.approvals.isEmpty {
                        lines.append("\(Catalog.render(Label.approvedThisRound, in: language)): \(meta.approvals.joined(separator: ", "))")
                    }
                    lines += CorrectionLines.lines(meta, in: language)
                    if !meta.resources.isEmpty {
                        lines.append("\(Catalog.render(Label.fieldAttachments, in: language)):")
                        for file in try newsroom.attachments(of: meta.id, at: at) {
                            let described = [file.caption, file.credit].compactMap { $0 }.joined(separator: " — ")
                            lines.append("  \(file.name) (\(Catalog.fileSize(file.bytes)))" + (described.isEmpty ? "" : ": \(described)"))
                        }
                    }
                    lines += Self.roundLines(round, in: language)
                    lines += ["", article.document.body.trimmingCharacters(in: .newlines)]
                    Terminal.print(lines.joined(separator: "\n"))
                }
            }
        }

        /// The last step, then every note of the current round, oldest first: why the article came
        /// back and what was said since, where the person looks before acting.
        static func roundLines(_ round: ArticleRound, in language: Language) -> [String] {
            guard let last = round.lastStep else { return [] }
            let states = last.from.map { "\($0) → \(last.to ?? "")" } ?? "→ \(last.to ?? "")"
            var lines = ["\(Catalog.render(Label.lastStep, in: language)): \(last.transition ?? "") (\(states)), \(last.actor ?? ""), \(Catalog.time(last.time, in: language))"]
            let notes = round.notes
            guard !notes.isEmpty else { return lines }
            lines.append("\(Catalog.render(Label.notesThisRound, in: language)):")
            for step in notes {
                let text = (step.note ?? "").split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n      ")
                lines.append("  \(Catalog.time(step.time, in: language))  \(step.actor ?? "") (\(step.transition ?? "")): \(text)")
            }
            return lines
        }
    }
}
