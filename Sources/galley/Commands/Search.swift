import Foundation
import ArgumentParser
import Galley

extension GalleyCommand {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: Help.text("Full-text search over titles and bodies, best match first."),
            discussion: Help.discussion(.search))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("Words to find.")) var text: String
        @Option(help: Help.argument("Only articles in this state (a name, or its label).")) var state: String?
        @Option(help: Help.argument("Only articles in this section.")) var section: String?
        @Option(help: Help.argument("At most this many results (1 or more).")) var limit: Int = 20
        @Option(help: Help.argument("Output format: text, json or csv.")) var format: ListingFormat = .text

        /// The article's JSON, plus the match's score.
        static let fields = ContractJSON.articleFields + ["score"]

        func validate() throws { try Limit.check(limit) }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let snapshot = try newsroom.snapshot()
                let workflow = snapshot.workflow
                let hits = try newsroom.search(
                    text, state: try FilterNames.state(state, in: workflow), section: try FilterNames.section(section, in: snapshot.config), limit: limit)
                defer { Terminal.leaveToExit(hits) }
                switch format {
                case .json, .csv:
                    ListingRows.print(hits, csv: format == .csv, fields: Self.fields, workflow: workflow)
                case .text:
                    let language = Terminal.language
                    guard !hits.isEmpty else { return Terminal.print(Catalog.render(Label.nothingFound, in: language)) }
                    Terminal.printTable(
                        Terminal.words([.id, .state, .author, .title], in: language),
                        hits.map {
                            let meta = $0.article.document.meta
                            return [meta.id, workflow.label(of: meta.state), meta.author, meta.title]
                        })
                }
            }
        }
    }
}
