import Foundation
import GRDB
import GitKit

extension Newsroom {
    /// The derived index, caught up with the branch tip: incrementally from the
    /// last indexed commit when that is an ancestor of the tip, else rebuilt.
    /// Reading commands use it without Galley's write lock; SQLite's own
    /// locking keeps concurrent updates consistent.
    func index() throws(GalleyError) -> ArticleIndex {
        let index: ArticleIndex
        if let cached = cachedIndex {
            index = cached
        } else {
            index = try ArticleIndex.open(gitDirectory: repository.gitDirectory)
            cachedIndex = index
        }
        try catchUp(index, to: try tip())
        return index
    }

    /// Brings the index to `tip`: from its commit when `tip` descends from it, else by a rebuild
    /// (`incrementalOnly`: then nothing is done).
    private func catchUp(_ index: ArticleIndex, to tip: ObjectID, incrementalOnly: Bool = false) throws(GalleyError) {
        let indexed = try index.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'commit'") }
        if indexed == tip.hex { return }
        let repository = self.repository
        try index.write { db in
            // Another process may have caught up while we waited for the lock.
            let current = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'commit'").flatMap(ObjectID.init(hex:))
            if current == tip { return }
            var base: ObjectID?
            var ledger = RulesLedger()
            if let current, try repository.isDescendant(tip, of: current) {
                base = current
                ledger = try Self.readLedger(db)
            } else if incrementalOnly {
                return
            } else {
                try db.execute(sql: "DELETE FROM events; DELETE FROM articles; DELETE FROM articles_fts;")
            }
            let stepped = try self.indexEvents(db, from: base, to: tip, ledger: &ledger)
            let written = try self.indexArticles(db, from: base, to: tip)
            try Self.updateLastNotes(db, of: base == nil ? nil : stepped.union(written))
            try Self.writeLedger(ledger, db)
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('commit', ?)", arguments: [tip.hex])
        }
    }

    /// One row per commit after `base`, oldest first, so `seq` is branch order; returns the
    /// articles Galley's steps among them name.
    private func indexEvents(_ db: Database, from base: ObjectID?, to tip: ObjectID, ledger: inout RulesLedger) throws -> Set<String> {
        let repository = self.repository
        var previous: (id: ObjectID, blobs: [String: ObjectID])?
        let walker = try repository.commitWalker(from: tip, hiding: base.map { [$0] } ?? [], oldestFirst: true)
        var seq = try Int.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM events") ?? 0
        var stepped: Set<String> = []
        let insert = try db.makeStatement(sql: """
            INSERT INTO events (seq, commit_id, time, unix, actor, role, article, transition, from_state, to_state, note, outside, touched)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        while let id = try walker.next() {
            let commit = try repository.commit(id)
            let blobs = try RulesLedger.rulesBlobs(of: commit.tree, in: repository)
            var parentBlobs: [String: ObjectID]?
            if let parent = commit.parents.first {
                parentBlobs = previous?.id == parent ? previous?.blobs : try RulesLedger.rulesBlobs(of: try repository.commit(parent).tree, in: repository)
            }
            try ledger.follow(commit, blobs: blobs, parentBlobs: parentBlobs, in: repository)
            previous = (id, blobs)
            guard let event = try event(for: commit) else { continue }
            seq += 1
            if !event.outsideWorkflow, let article = event.article { stepped.insert(article) }
            let touched = event.touchedArticles.isEmpty ? nil : "," + event.touchedArticles.joined(separator: ",") + ","
            try insert.execute(arguments: [
                seq, event.commit, event.time.iso8601, Int(event.time.date.timeIntervalSince1970), event.actor, event.role,
                event.article, event.transition, event.from, event.to, event.note, event.outsideWorkflow, touched,
            ])
        }
        return stepped
    }

    /// Sets `last_note` from the events of `ids` (every article on a rebuild): the note of each
    /// one's newest Galley step, as `show` reads it from the round.
    private static func updateLastNotes(_ db: Database, of ids: Set<String>?) throws {
        let note = "(SELECT note FROM events WHERE events.article = articles.id AND outside = 0 ORDER BY seq DESC LIMIT 1)"
        guard let ids else { return try db.execute(sql: "UPDATE articles SET last_note = \(note)") }
        let update = try db.makeStatement(sql: "UPDATE articles SET last_note = \(note) WHERE id = ?")
        for id in ids.sorted() { try update.execute(arguments: [id]) }
    }

    /// Articles whose files changed between `base` and `tip` (all of them on a rebuild), read once
    /// at the tip; returns the ids of the rows written.
    private func indexArticles(_ db: Database, from base: ObjectID?, to tip: ObjectID) throws -> Set<String> {
        let repository = self.repository
        let tipTree = try repository.commit(tip).tree
        var paths: Set<String> = []
        var removed: Set<String> = []
        let baseTree = try base.map { try repository.commit($0).tree }
        for change in try repository.changes(from: baseTree, to: tipTree, under: [ArticleLayout.root]) {
            let parts = change.path.split(separator: "/")
            guard parts.count >= 6 else { continue }
            let indexPath = parts.prefix(5).joined(separator: "/") + "/" + ArticleLayout.fileName
            if change.status == .deleted && change.path == indexPath {
                removed.insert(String(parts[4]))
            } else {
                paths.insert(indexPath)
            }
        }
        let findRow = try db.makeStatement(sql: "SELECT rowid FROM articles WHERE id = ?")
        let writer = try ArticleIndex.RowWriter(db)
        // By rowid: the id column of an FTS5 table has no index, and deleting by it scanned the whole table.
        let deleteText = try db.makeStatement(sql: "DELETE FROM articles_fts WHERE rowid = ?")
        let insertText = try db.makeStatement(sql: "INSERT INTO articles_fts (rowid, id, title, body) VALUES (?, ?, ?, ?)")
        let storeTokens = try db.makeStatement(sql: "UPDATE articles SET tokens = ? WHERE rowid = ?")
        var folding = SearchFolding()
        var written: Set<String> = []
        for id in removed {
            if let row = try Int64.fetchOne(findRow, arguments: [id]) {
                try deleteText.execute(arguments: [row])
                try db.execute(sql: "DELETE FROM articles WHERE rowid = ?", arguments: [row])
            }
        }
        for path in paths.sorted() {
            guard let data = try repository.fileData(at: path, inCommit: tip),
                let document = try? ArticleDocument.parse(try TextInput.decode(data, what: path), path: path)
            else { continue }  // not an article (or corrupt): `verify` reports it; the index skips it
            let meta = document.meta
            let (row, existed) = try writer.write(meta, path: path, db)
            if existed { try deleteText.execute(arguments: [row]) }
            // The sapo is searched with the text: a reader remembers a story by its lead as often as by its words.
            let text = meta.summary.map { $0 + "\n\n" + document.body } ?? document.body
            try insertText.execute(arguments: [row, meta.id, folding.fold(meta.title), folding.fold(text)])
            try storeTokens.execute(arguments: [try SearchRank.storedTokenCount(db, table: "articles_fts", rowid: row), row])
            written.insert(meta.id)
        }
        return written
    }
}

extension Newsroom {
    private static let ledgerKeys = (inForce: "rules_in_force", refused: "rules_refused", reason: "rules_refused_reason")

    private static func readLedger(_ db: Database) throws -> RulesLedger {
        func value(_ key: String) throws -> String? { try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
        var ledger = RulesLedger()
        ledger.inForce = try value(ledgerKeys.inForce).flatMap(ObjectID.init(hex:))
        if let commit = try value(ledgerKeys.refused).flatMap(ObjectID.init(hex:)) {
            ledger.refused = RulesLedger.Refusal(commit: commit, reason: try value(ledgerKeys.reason) ?? "")
        }
        return ledger
    }

    private static func writeLedger(_ ledger: RulesLedger, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM meta WHERE key IN (?, ?, ?)", arguments: [ledgerKeys.inForce, ledgerKeys.refused, ledgerKeys.reason])
        let insert = "INSERT INTO meta (key, value) VALUES (?, ?)"
        if let inForce = ledger.inForce { try db.execute(sql: insert, arguments: [ledgerKeys.inForce, inForce.hex]) }
        if let refused = ledger.refused {
            try db.execute(sql: insert, arguments: [ledgerKeys.refused, refused.commit.hex])
            try db.execute(sql: insert, arguments: [ledgerKeys.reason, refused.reason])
        }
    }

    /// The rules ledger at `commit` (the tip): from the caught-up index, else by walking the history.
    func rulesLedger(at commit: ObjectID) throws(GalleyError) -> RulesLedger {
        // After a write the index is a step or two behind. When none of those steps touches the
        // rules files, the indexed ledger still holds: no catch-up (a write transaction) on the
        // write path, which cost ~2.5 ms of a 29 ms transition.
        if let index = try? openedIndex(), let stored = try? Self.indexedLedger(index),
            let indexed = stored.commit, try leavesRulesAlone(from: indexed, to: commit)
        {
            return stored.ledger
        }
        if let index = usableIndex() {
            let stored = try Self.indexedLedger(index)
            if stored.commit == commit { return stored.ledger }
        }
        return try RulesLedger.walk(to: commit, in: repository)
    }

    private static func indexedLedger(_ index: ArticleIndex) throws(GalleyError) -> (commit: ObjectID?, ledger: RulesLedger) {
        try index.read { db in
            (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'commit'").flatMap(ObjectID.init(hex:)), try readLedger(db))
        }
    }

    /// Whether `tip` is `base` or a near descendant (at most 16 commits, first parents) reached by
    /// commits none of which changes people.yaml, workflow.yaml or galley.yaml.
    private func leavesRulesAlone(from base: ObjectID, to tip: ObjectID) throws(GalleyError) -> Bool {
        let repository = self.repository
        var current = tip
        for _ in 0...16 {
            if current == base { return true }
            let commit = try git("reading \(current.short)", { () throws(GitError) in try repository.commit(current) })
            guard let parent = commit.parents.first, commit.parents.count == 1 else { return false }
            let parentTree = try git("reading \(parent.short)", { () throws(GitError) in try repository.commit(parent).tree })
            guard try RulesLedger.rulesBlobs(of: commit.tree, in: repository) == RulesLedger.rulesBlobs(of: parentTree, in: repository)
            else { return false }
            current = parent
        }
        return false
    }
}

extension Newsroom {
    /// The caught-up index, or nil when it cannot be used here (a read-only git
    /// directory, a full disk): callers then read git directly — slower, same answers.
    func usableIndex() -> ArticleIndex? {
        try? index()
    }

    /// The index file, opened but not caught up: for path hints that are checked against git anyway.
    func openedIndex() throws(GalleyError) -> ArticleIndex {
        if let cachedIndex { return cachedIndex }
        let index = try ArticleIndex.open(gitDirectory: repository.gitDirectory)
        cachedIndex = index
        return index
    }

    /// The article `id` as stored in `snapshot`, located through the index (articles
    /// never move) and confirmed in git; a full tree scan when the index does not know it.
    /// An article the index has not seen yet (made a moment ago by `new` in another process,
    /// which does not index what it writes) is looked for again after bringing the index
    /// forward from its commit, which reads only the commits since: the scan read every day
    /// folder, 0.7 s at 100,000 articles, for the `submit` that follows every `new`.
    func article(_ id: String, in snapshot: Snapshot) throws(GalleyError) -> StoredArticle {
        guard ArticleID.isValid(id), let index = try? openedIndex() else { return try snapshot.article(id) }
        func located() -> StoredArticle? {
            guard let path = try? index.path(of: id), let stored = try? snapshot.article(at: path), stored.document.meta.id == id else {
                return nil
            }
            return stored
        }
        if let stored = located() { return stored }
        if (try? catchUp(index, to: snapshot.commit, incrementalOnly: true)) != nil, let stored = located() { return stored }
        return try snapshot.article(id)
    }

    /// Full-text search at the tip: ids with scores, best first, resolved to articles.
    public func search(_ text: String, state: String? = nil, section: String? = nil, limit: Int = 20) throws(GalleyError) -> [SearchHit] {
        try index().search(text, state: state, section: section, limit: limit)
    }
}
