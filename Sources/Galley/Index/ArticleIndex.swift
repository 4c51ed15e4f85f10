import Foundation
import GRDB

/// Galley's derived index: articles (current front matter and path) and
/// events (one row per commit), in SQLite inside the git directory. Never
/// committed; rebuilt from git when missing, corrupt or of another schema
/// version; brought up to date from the last indexed commit on every use.
/// Git stays the truth: deleting the file changes no answer.
final class ArticleIndex {
    /// Bump when the schema or what is stored changes: older files are rebuilt.
    static let schemaVersion = 10
    static let fileName = "galley-index.sqlite"
    /// The listing order's index and the partial index of the rows that keep their front matter:
    /// queries read along them by name.
    static let changedIndex = "articles_changed"
    static let keptIndex = "articles_kept"

    let queue: DatabaseQueue
    let path: String

    private init(queue: DatabaseQueue, path: String) {
        self.queue = queue
        self.path = path
    }

    /// Opens (or creates) the index file in `gitDirectory`; a file that is
    /// unreadable or of another version is deleted and started afresh.
    static func open(gitDirectory: String) throws(GalleyError) -> ArticleIndex {
        let path = gitDirectory + "/" + fileName
        do {
            return try openChecked(path)
        } catch {
            // Corrupt or foreign: it is only a cache.
            for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            do {
                return try openChecked(path)
            } catch {
                throw GalleyError(.failure, .localFile(.indexNotCreated(path: path, detail: "\(error)")))
            }
        }
    }

    private static func openChecked(_ path: String) throws -> ArticleIndex {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.label = "galley-index"
        // Sorts and temporary tables stay in memory: spilled to a temporary file, the SQL ranking
        // of 30,000 matches (before search cut its matches itself) spent ~60 ms on it (issue 15).
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try SearchRank.register(db)
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        // Read first: an index of this version (every command but the first after an upgrade)
        // needs no write transaction just to be opened.
        let found = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
        if found != schemaVersion {
            try rebuildSchema(queue)
        }
        // A quick read proves the file is a usable database, and that the indexes queries name by
        // `INDEXED BY` are there: a file of this version without them is foreign, and rebuilt.
        let named = try queue.read { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM meta")
            return try Int.fetchOne(
                db, sql: "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN (?, ?)", arguments: [changedIndex, keptIndex])
        }
        guard named == 2 else { throw DatabaseError(message: "an index the queries name is missing") }
        return ArticleIndex(queue: queue, path: path)
    }

    /// Drops and recreates every table unless another process did while this one waited for the lock.
    private static func rebuildSchema(_ queue: DatabaseQueue) throws {
        try queue.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if version != schemaVersion {
                    try dropAll(db)
                    try createSchema(db)
                    try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
                }
                return .commit
            }
        }
    }

    private static func dropAll(_ db: Database) throws {
        for table in ["articles_fts", "articles", "events", "meta"] {
            try db.execute(sql: "DROP TABLE IF EXISTS \(table)")
        }
    }

    /// The tables and indexes of `schemaVersion` (tests read query plans against them).
    static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            -- What a listing shows, one column per front matter field, so rows become articles
            -- without parsing YAML (IndexColumns says how lists and timestamps are written).
            CREATE TABLE articles (
                rowid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                path TEXT NOT NULL,
                title TEXT NOT NULL,
                state TEXT NOT NULL,
                draft INTEGER NOT NULL,
                author TEXT NOT NULL,
                byline TEXT,
                section TEXT,
                tags TEXT NOT NULL,
                created TEXT NOT NULL,
                updated TEXT,
                approvals TEXT NOT NULL,
                corrections TEXT,
                extra TEXT,
                summary TEXT,
                source TEXT,
                source_url TEXT,
                publish_date TEXT,
                embargo TEXT,
                -- The rendered front matter, only for the rare row the columns cannot hold exactly.
                front_matter TEXT,
                -- (updated ?? created) as seconds and offset: the listing order, as Timestamp orders.
                changed INTEGER NOT NULL,
                changed_offset INTEGER NOT NULL,
                -- The note of the article's last Galley step (from events): listings show it.
                last_note TEXT,
                -- FTS5's token count of the row's full text: search's ranking reads it here, with the
                -- row it joins, instead of from FTS5's own table once per match (SearchRank, version 10).
                tokens INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX articles_changed ON articles(changed DESC, changed_offset DESC, id);
            CREATE INDEX articles_state ON articles(state, changed DESC, changed_offset DESC, id);
            CREATE INDEX articles_author ON articles(author, changed DESC, changed_offset DESC, id);
            -- The few rows that keep their front matter (assigned articles among them), in listing order:
            -- a queue finds what is assigned to the person without reading every row (version 9).
            CREATE INDEX articles_kept ON articles(changed DESC, changed_offset DESC, id) WHERE front_matter IS NOT NULL;
            CREATE TABLE events (
                seq INTEGER PRIMARY KEY,
                commit_id TEXT NOT NULL,
                time TEXT NOT NULL,
                unix INTEGER NOT NULL,
                actor TEXT, role TEXT, article TEXT, transition TEXT,
                from_state TEXT, to_state TEXT, note TEXT,
                outside INTEGER NOT NULL,
                touched TEXT
            );
            CREATE INDEX events_article ON events(article, seq);
            CREATE INDEX events_actor ON events(actor, seq);
            -- Commits outside the workflow (rare) list the articles they touched: an article's
            -- history reads them through this small index instead of scanning every event.
            CREATE INDEX events_touched ON events(seq) WHERE touched IS NOT NULL;
            -- Full text keyed by the article's rowid, so replacing one article's text is an indexed delete.
            CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, body, tokenize = 'unicode61');
            """)
    }

    /// Runs `body` in an IMMEDIATE transaction (one writer at a time across processes).
    func write<T>(_ body: (Database) throws -> T) throws(GalleyError) -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw DatabaseError(message: "no result") }
                return result
            }
        } catch let error as GalleyError {
            throw error
        } catch {
            throw GalleyError(.failure, .localFile(.indexNotUpdated(path: path, detail: "\(error)")))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(GalleyError) -> T {
        do {
            return try queue.read { db in try body(db) }
        } catch let error as GalleyError {
            throw error
        } catch {
            throw GalleyError(.failure, .localFile(.indexNotRead(path: path, detail: "\(error)")))
        }
    }
}
