import ArgumentParser
import Galley

extension GalleyCommand {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: Help.text("The audit trail: who did what to which article, newest commit first."),
            discussion: Help.discussion(.log))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("Only this article's events.")) var id: String?
        @Option(help: Help.argument("Only steps by this person (an id from people.yaml).")) var actor: String?
        @Option(help: Help.argument("Only steps taken in this role (reporter, editor, chief, admin, author …).")) var role: String?
        @Option(help: Help.argument("Only this transition (submit, approve, …, or Galley's own revise, people, config, init).")) var transition: String?
        @Option(help: Help.argument("Only steps that moved an article into this state (its name, or its label: \"Đã xuất bản\", \"da xuat ban\").")) var state: String?
        @Option(help: Help.argument("From this day (YYYY-MM-DD, newsroom time) or ISO 8601 time.")) var since: String?
        @Option(help: Help.argument("Up to this day (inclusive) or ISO 8601 time.")) var until: String?
        @Option(help: Help.argument("At most this many events (1 or more).")) var limit: Int?
        @Option(help: Help.argument("Output format: text, json, jsonl (one event per line) or csv.")) var format: LogFormat = .text

        func validate() throws { try Limit.check(limit) }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let snapshot = try newsroom.snapshot()
                let workflow = snapshot.workflow
                let query = LogQuery(
                    article: id, actor: actor, role: role, transition: transition, state: state, since: since, until: until, limit: limit)
                let filter = try query.filter(in: snapshot)
                var collected: [Event] = []
                if format == .csv { Terminal.print(EventExport.csvHeader) }
                try newsroom.events(filter) { (event) throws(GalleyError) in
                    switch format {
                    case .jsonl: Terminal.print(json: ContractJSON.event(event), pretty: false)
                    case .csv: Terminal.print(EventExport.csvRow(event))
                    case .json, .text: collected.append(event)
                    }
                    return true
                }
                switch format {
                case .json: Terminal.print(json: JSONValue.array(collected.map(ContractJSON.event)))
                case .text:
                    let language = Terminal.language
                    guard !collected.isEmpty else { return Terminal.print(Catalog.render(Label.noEvents, in: language)) }
                    Terminal.printTable(
                        Terminal.words([.time, .commit, .actor, .step, .states, .article, .note], in: language),
                        collected.map { event in
                            let states: String
                            switch (event.from, event.to) {
                            case let (from?, to?) where from == to: states = workflow.label(of: to)
                            case let (from?, to?): states = "\(workflow.label(of: from)) → \(workflow.label(of: to))"
                            case let (nil, to?): states = "→ \(workflow.label(of: to))"
                            default: states = ""
                            }
                            return [Catalog.time(event.time, in: language), String(event.commit.prefix(7)), event.actor ?? "?",
                                    event.outsideWorkflow ? Catalog.render(Label.outsideWorkflow, in: language) : (event.transition ?? ""), states,
                                    event.article ?? "", (event.note ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")]
                        })
                case .jsonl, .csv: break
                }
            }
        }
    }
}
