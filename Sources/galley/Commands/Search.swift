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
                // What a search adds to the article object: the match's score, the same for JSON and CSV.
                func addScore<Sink: JSONSink>(of hit: (article: StoredArticle, score: Double), into sink: inout Sink) {
                    sink.key("score"); sink.string(FixedDecimal.text(hit.score, places: 3))
                }
                switch format {
                case .json:
                    Terminal.print(jsonArray: hits) { hit, writer in
                        writer.beginObject()
                        ArticleJSON.writeFields(of: hit.article, workflow: workflow, into: &writer)
                        addScore(of: hit, into: &writer)
                        writer.endObject()
                    }
                case .csv:
                    let objects = hits.map { hit in
                        var tree = JSONTree()
                        tree.beginObject()
                        ArticleJSON.writeFields(of: hit.article, workflow: workflow, into: &tree)
                        addScore(of: hit, into: &tree)
                        tree.endObject()
                        return tree.value
                    }
                    Terminal.print(lines: CSV.table(objects, fields: Self.fields))
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
