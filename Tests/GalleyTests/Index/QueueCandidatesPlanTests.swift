import GRDB
import Testing

@testable import Galley

/// A person's queue reads its candidate rows through indexes (issue 15): an OR with the
/// assignment's LIKE made SQLite walk every article of the archive for an editor's five.
/// The plans are SQLite's own (EXPLAIN QUERY PLAN) against the index's real schema.
@Suite("queue candidates are searched, not scanned")
struct QueueCandidatesPlanTests {
    @Test(arguments: [
        (["submitted"], ["draft", "returned"]),
        ([], ["draft", "returned"]),
        (["submitted", "edited", "approved"], []),
        ([], []),
    ])
    func noCandidateQueryScansTheArticles(states: [String], authorStates: [String]) throws {
        let queue = try DatabaseQueue()
        try queue.write { db in try ArticleIndex.createSchema(db) }
        let (condition, arguments) = ArticleIndex.queueCandidates(inStates: Set(states), byAuthor: "btv01", inStates: Set(authorStates))
        let plan = try queue.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE \(condition) \(ArticleIndex.newestFirst)",
                arguments: StatementArguments(arguments)
            ).map { $0["detail"] as String? ?? "" }
        }
        #expect(!plan.isEmpty)
        // Only the small partial index of rows that keep their front matter may be walked whole.
        let scans = plan.filter { $0.hasPrefix("SCAN") && $0 != "SCAN articles USING INDEX \(ArticleIndex.keptIndex)" }
        #expect(scans.isEmpty, "\(plan)")
        #expect(plan.contains { $0.contains("SEARCH articles USING INTEGER PRIMARY KEY") }, "\(plan)")
    }

    /// The cut queue's condition (`eachArticleOldestFirst` when few rows match) searches its states'
    /// indexes too, whichever of its two parts is empty.
    @Test(arguments: [(["submitted"], ["draft", "returned"]), ([], ["draft"]), (["submitted", "edited"], [])])
    func theCutQueueSearchesItsStates(states: [String], authorStates: [String]) throws {
        let queue = try DatabaseQueue()
        try queue.write { db in try ArticleIndex.createSchema(db) }
        let parts = ArticleIndex.stateParts(inStates: Set(states), byAuthor: "pv01", inStates: Set(authorStates))
        #expect(parts.count == [states, authorStates].filter { !$0.isEmpty }.count)
        let plan = try queue.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE \(parts.map { "(\($0.sql))" }.joined(separator: " OR ")) \(ArticleIndex.oldestFirst)",
                arguments: StatementArguments(parts.flatMap(\.arguments))
            ).map { $0["detail"] as String? ?? "" }
        }
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
    }

    /// The old single OR, kept here as what the test tells apart: it scans.
    @Test func theSingleOrScans() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in try ArticleIndex.createSchema(db) }
        let plan = try queue.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT id FROM articles
                WHERE state IN (?) OR (author = ? AND state IN (?)) OR (front_matter IS NOT NULL AND front_matter LIKE ?)
                \(ArticleIndex.newestFirst)
                """, arguments: ["submitted", "btv01", "draft", "%\nassignee: btv01\n%"]).map { $0["detail"] as String? ?? "" }
        }
        #expect(plan.contains { $0.hasPrefix("SCAN articles") && !$0.contains(ArticleIndex.keptIndex) }, "\(plan)")
    }
}
