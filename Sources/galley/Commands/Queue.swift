import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Queue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "queue",
            abstract: Help.text("What waits for you: every article you may move on now (--all: everything you may do)."),
            discussion: Help.discussion(.queue))
        @OptionGroup var global: GlobalOptions
        @Flag(help: Help.argument("Everything you may do, not only what waits for you.")) var all = false
        @Option(help: Help.argument("At most this many articles (1 or more).")) var limit: Int?
        @Option(help: Help.argument("Output format: text, json or csv.")) var format: ListingFormat = .text

        /// The article's JSON, plus what the person may do to it now and why it came back.
        static let fields = ContractJSON.articleFields + ["steps", "may_edit", "sent_back"]

        func validate() throws { try Limit.check(limit) }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let (person, items) = try newsroom.queue(actorID: global.actorID, scope: all ? .all : .waiting, limit: limit)
                defer { Terminal.leaveToExit(items) }
                let workflow = try newsroom.snapshot().workflow
                switch format {
                case .json, .csv: ListingRows.print(items, csv: format == .csv, fields: Self.fields, workflow: workflow)
                case .text:
                    let language = Terminal.language
                    guard !items.isEmpty else { return Terminal.print(Catalog.render(.nothingWaits(person: person.id), in: language)) }
                    // What is assigned to you comes first, marked.
                    let assigned = Catalog.render(.assignment(.assignedToYou), in: language)
                    let header = Terminal.words([.id, .state, .author, .youMay, .title], in: language)
                    let rows = items.map {
                        let meta = $0.article.document.meta
                        return [meta.id, workflow.label(of: meta.state), meta.author,
                                ($0.steps + ($0.mayEdit ? ["edit"] : [])).joined(separator: ", "),
                                (meta.assignee == person.id ? assigned + " " : "") + meta.title]
                    }
                    // Under an article that came back, why: the note of the step that sent it back.
                    // Most long queues (the published archive) have none: the table is printed as it is.
                    guard items.contains(where: { $0.sentBack != nil }) else { return Terminal.printTable(header, rows) }
                    let table = Terminal.table(header, rows)
                    // By scalar, not by Character: the cells are cleaned, so no "\r\n" joins two lines.
                    var lines = table.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    for (index, item) in items.enumerated().reversed() {
                        guard let back = item.sentBack, index + 1 < lines.count else { continue }
                        let why = Message.sentBack(step: back.transition ?? "", actor: back.actor ?? "", time: back.time, note: back.note)
                        lines.insert("  ↩ " + TerminalText.clean(Catalog.render(why, in: language), multiline: false), at: index + 2)
                    }
                    Terminal.print(lines.joined(separator: "\n"))
                }
            }
        }
    }
}
