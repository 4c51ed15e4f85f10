import Galley

/// A listing row that is an article plus fields of its own (`queue`'s steps, `search`'s
/// score), written after the article object's fields, the same for JSON and CSV.
protocol ListingRow {
    var listedArticle: StoredArticle { get }
    func writeOwnFields<Sink: JSONSink>(into sink: inout Sink)
}

enum ListingRows {
    /// `rows` as a JSON array streamed to the terminal (an array's rows written where they lie,
    /// a lazy sequence's made as they are written), or as a CSV table of `fields`.
    static func print<Rows: Sequence>(_ rows: Rows, csv: Bool, fields: [String], workflow: Workflow) where Rows.Element: ListingRow {
        // Two sinks, each named: ArticleJSON's entry points are concrete, so the library's
        // writing stays specialized for each.
        guard csv else {
            Terminal.print(jsonArray: rows) { row, writer in
                writer.beginObject()
                ArticleJSON.writeFields(of: row.listedArticle, workflow: workflow, into: &writer)
                row.writeOwnFields(into: &writer)
                writer.endObject()
            }
            return
        }
        let objects = rows.map { row in
            var tree = JSONTree()
            tree.beginObject()
            ArticleJSON.writeFields(of: row.listedArticle, workflow: workflow, into: &tree)
            row.writeOwnFields(into: &tree)
            tree.endObject()
            return tree.value
        }
        Terminal.print(lines: CSV.table(objects, fields: fields))
    }
}

/// What the person may do to the article now, and why it came back.
extension QueueItem: ListingRow {
    var listedArticle: StoredArticle { article }

    func writeOwnFields<Sink: JSONSink>(into sink: inout Sink) {
        sink.key("steps"); sink.strings(steps)
        sink.key("may_edit"); sink.bool(mayEdit)
        sink.key("sent_back")
        if let sentBack { sink.value(ContractJSON.event(sentBack)) } else { sink.null() }
    }
}

/// A search hit: the article and how well it matched.
extension SearchHit: ListingRow {
    var listedArticle: StoredArticle { article }

    func writeOwnFields<Sink: JSONSink>(into sink: inout Sink) {
        sink.key("score"); sink.string(FixedDecimal.text(score, places: 3))
    }
}
