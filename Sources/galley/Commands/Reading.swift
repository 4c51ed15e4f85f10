import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: Help.text("List articles, most recently changed first."),
            discussion: """
                A state may be given by its name or its label, without regard to case or Vietnamese \
                marks ("Đã xuất bản", "da xuat ban"); a state or author the newsroom does not have is \
                refused (exit 3) with those it has. Sections are taken as written.

                Examples:
                  galley list --state submitted --section thoi-su
                  galley list --author thanhphu --limit 20 --format csv > bai.csv
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only articles in this state (a name such as submitted, or its label).") var state: String?
        @Option(help: "Only articles by this author (person id).") var author: String?
        @Option(help: "Only articles in this section.") var section: String?
        @Option(help: "At most this many articles (1 or more).") var limit: Int?
        @Option(help: "Output format: text, json or csv.") var format: ListingFormat = .text

        func validate() throws { try Limit.check(limit) }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let snapshot = try newsroom.snapshot()
                let workflow = snapshot.workflow
                let filter = ArticleFilter(
                    state: try FilterNames.state(state, in: workflow), author: try FilterNames.person(author, in: snapshot.people),
                    section: section)
                let articles = Array(try newsroom.list(filter).prefix(limit ?? .max))
                switch format {
                case .json: Terminal.print(json: JSONValue.array(articles.map { ContractJSON.article($0, workflow: workflow) }))
                case .csv:
                    for line in CSV.table(articles.map { ContractJSON.article($0, workflow: workflow) }, fields: ContractJSON.articleFields) {
                        Terminal.print(line)
                    }
                case .text:
                    let language = Terminal.language
                    guard !articles.isEmpty else { return Terminal.print(Catalog.render(Label.noArticles, in: language)) }
                    Terminal.print(Terminal.table(
                        Terminal.words([.id, .state, .author, .section, .updated, .title], in: language),
                        articles.map {
                            let meta = $0.document.meta
                            return [meta.id, workflow.label(of: meta.state), meta.author, meta.section ?? "-",
                                    Catalog.time(meta.updated ?? meta.created, in: language), meta.title]
                        }))
                }
            }
        }
    }

    struct Queue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "queue",
            abstract: Help.text("What waits for you: every article you may move on now (--all: everything you may do)."),
            discussion: """
                An article waits for you when you may take a step that moves it on toward publication \
                (submit, approve, publish); what else you may do there (send it back) is listed with it. \
                Published articles wait for nobody: --all lists them too, with every article where you may \
                take any step (retract, correct, spike) or edit the text.
                """)
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Everything you may do, not only what waits for you.") var all = false
        @Option(help: "At most this many articles (1 or more).") var limit: Int?
        @Option(help: "Output format: text, json or csv.") var format: ListingFormat = .text

        /// The article's JSON, plus what the person may do to it now.
        static let fields = ContractJSON.articleFields + ["steps", "may_edit"]

        func validate() throws { try Limit.check(limit) }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let (person, queued) = try newsroom.queue(actorID: global.actorID, scope: all ? .all : .waiting)
                let items = Array(queued.prefix(limit ?? .max))
                let workflow = try newsroom.snapshot().workflow
                func json(_ item: QueueItem) -> JSONValue {
                    guard case .object(var fields) = ContractJSON.article(item.article, workflow: workflow) else { return .null }
                    fields.append(("steps", .array(item.steps.map(JSONValue.string))))
                    fields.append(("may_edit", .bool(item.mayEdit)))
                    return .object(fields)
                }
                switch format {
                case .json: Terminal.print(json: JSONValue.array(items.map(json)))
                case .csv: for line in CSV.table(items.map(json), fields: Self.fields) { Terminal.print(line) }
                case .text:
                    let language = Terminal.language
                    guard !items.isEmpty else { return Terminal.print(Catalog.render(.nothingWaits(person: person.id), in: language)) }
                    Terminal.print(Terminal.table(
                        Terminal.words([.id, .state, .author, .youMay, .title], in: language),
                        items.map {
                            let meta = $0.article.document.meta
                            return [meta.id, workflow.label(of: meta.state), meta.author,
                                    ($0.steps + ($0.mayEdit ? ["edit"] : [])).joined(separator: ", "), meta.title]
                        }))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: Help.text("Show one article: its state, people, and text."),
            discussion: "--at shows it as it stood at a revision (a commit id, HEAD~3, a branch). The id may be any beginning of it that no other id shares.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The article id (or a beginning of it no other id shares).") var id: String
        @Option(help: "A revision (commit) to show it at.") var at: String?
        @Option(help: "Output format.") var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let (article, workflow) = try global.open().show(id, at: at)
                switch format {
                case .json: Terminal.print(json: ContractJSON.article(article, workflow: workflow, body: true))
                case .text:
                    let meta = article.document.meta
                    let language = Terminal.language
                    let fields: [(Label, String)] = [
                        (.fieldID, meta.id),
                        (.fieldState, workflow.state(meta.state)?.display ?? meta.state),
                        (.fieldAuthor, meta.author + (meta.byline.map { " (\(Catalog.render(Label.fieldByline, in: language)): \($0))" } ?? "")),
                        (.fieldSection, meta.section ?? "-"),
                        (.fieldTags, meta.tags.isEmpty ? "-" : meta.tags.joined(separator: ", ")),
                        (.fieldCreated, Catalog.time(meta.created, in: language)),
                        (.fieldUpdated, Catalog.time(meta.updated ?? meta.created, in: language)),
                        (.fieldPath, article.path),
                    ]
                    let width = fields.map { Catalog.render($0.0, in: language).count }.max() ?? 0
                    var lines = [meta.title, ""] + fields.map { Terminal.pad(Catalog.render($0.0, in: language) + ":", width + 3) + $0.1 }
                    if !meta.approvals.isEmpty {
                        lines.append("\(Catalog.render(Label.approvedThisRound, in: language)): \(meta.approvals.joined(separator: ", "))")
                    }
                    for correction in meta.corrections {
                        let when = Catalog.time(correction.time, in: language)
                        lines.append(
                            language == .vi
                                ? "\(Catalog.render(Label.correctionBy, in: language)) \(when), \(correction.actor): \(correction.note)"
                                : "correction \(when) by \(correction.actor): \(correction.note)")
                    }
                    lines += ["", article.document.body.trimmingCharacters(in: .newlines)]
                    Terminal.print(lines.joined(separator: "\n"))
                }
            }
        }
    }
}
