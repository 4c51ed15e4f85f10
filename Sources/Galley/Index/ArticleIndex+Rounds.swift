import GRDB

extension ArticleIndex {
    /// Ids per query: well below SQLite's bound on host parameters.
    static let idsPerQuery = 500

    /// For each of `ids`, the newest Galley step that began a round (`Workflow.beginsRound`): its
    /// creation, or a workflow transition into one of `roundStates`. Read through the
    /// (article, seq) index, one row per article (SQLite takes a bare column's value from the row
    /// that holds the `max`).
    func roundBeginnings(of ids: [String], roundStates: [String]) throws(GalleyError) -> [String: Event] {
        var found: [String: Event] = [:]
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(start + Self.idsPerQuery, ids.count)])
            start += Self.idsPerQuery
            let marks = { (count: Int) in Array(repeating: "?", count: count).joined(separator: ", ") }
            let reserved = StepName.reserved.sorted()
            let sql = """
                SELECT article, commit_id, time, actor, role, transition, from_state, to_state, note, max(seq)
                FROM events
                WHERE outside = 0 AND article IN (\(marks(chunk.count)))
                  AND (transition = ? OR (transition NOT IN (\(marks(reserved.count))) AND to_state IN (\(marks(roundStates.count)))))
                GROUP BY article
                """
            let arguments: [(any DatabaseValueConvertible)?] = chunk + [StepName.create] + reserved + roundStates
            try read { db in
                let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
                while let row = try cursor.next() {
                    let timeText: String = row["time"]
                    guard let article: String = row["article"], let time = Timestamp(iso8601: timeText) else { continue }
                    found[article] = Event(
                        commit: row["commit_id"], time: time, actor: row["actor"], role: row["role"], article: article,
                        transition: row["transition"], from: row["from_state"], to: row["to_state"], note: row["note"], outsideWorkflow: false)
                }
            }
        }
        return found
    }
}
