import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: Help.text("List articles, most recently changed first."),
            discussion: Help.discussion(.list))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.argument("Only articles in this state (a name such as submitted, or its label).")) var state: String?
        @Option(help: Help.argument("Only articles by this author (person id).")) var author: String?
        @Option(help: Help.argument("Only articles in this section (its key or label).")) var section: String?
        @Flag(help: Help.argument("Only what is coming: published articles whose publishDate (publish --at) is still ahead, soonest first."))
        var scheduled = false
        @Option(help: Help.argument("At most this many articles (1 or more).")) var limit: Int?
        @Option(help: Help.argument("Output format: text, json or csv.")) var format: ListingFormat = .text

        func validate() throws { try Limit.check(limit) }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let snapshot = try newsroom.snapshot()
                let workflow = snapshot.workflow
                let filter = ArticleFilter(
                    state: try FilterNames.state(state, in: workflow), author: try FilterNames.person(author, in: snapshot.people),
                    section: try FilterNames.section(section, in: snapshot.config))
                // What is coming is re-sorted after the filter, so only the plain listing reads just its first rows.
                var listed = try newsroom.list(filter, limit: scheduled ? nil : limit)
                if scheduled {
                    let now = Date()
                    listed = listed.filter { $0.document.meta.isScheduled(at: now) }
                    listed.sort { ($0.document.meta.publishDate?.date ?? now, $0.document.meta.id) < ($1.document.meta.publishDate?.date ?? now, $1.document.meta.id) }
                }
                // A plain listing is cut already: kept as it is, since copying 20,000 articles retains every field of each.
                let articles = listed.count > limit ?? .max ? Array(listed.prefix(limit ?? .max)) : listed
                defer { Terminal.leaveToExit((listed, articles)) }
                switch format {
                case .json: Terminal.print(jsonArray: articles) { ArticleJSON.write($0, workflow: workflow, into: &$1) }
                case .csv:
                    Terminal.print(lines: CSV.table(articles.map { ArticleJSON.object($0, workflow: workflow) }, fields: ContractJSON.articleFields))
                case .text:
                    let language = Terminal.language
                    guard !articles.isEmpty else { return Terminal.print(Catalog.render(Label.noArticles, in: language)) }
                    Terminal.printTable(
                        Terminal.words([.id, .state, .author, .section, scheduled ? .publishesAt : .updated, .title], in: language),
                        articles.map {
                            let meta = $0.document.meta
                            // What is coming is read by when it shows.
                            let time = scheduled ? meta.publishDate ?? meta.created : meta.updated ?? meta.created
                            return [meta.id, workflow.label(of: meta.state), meta.author, meta.section ?? "-", Catalog.time(time, in: language), meta.title]
                        })
                }
            }
        }
    }
}
