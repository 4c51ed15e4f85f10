import Foundation
import GRDB
import GitKit

/// The central hook's copy, on disk, of which article folders one trusted tree has. A create
/// is legal only for an id that exists nowhere in the tree, and reading every day folder to
/// know that cost the hook most of a push: 180 ms at 10,000 articles, growing with the
/// archive. The file names the tree it describes; brought to another tree, it reads only the
/// folders that differ (`ArticleFolders.changes`). Only the old tip of a push is ever
/// described: the pushed objects are in quarantine and are never cached. Anything wrong with
/// the file makes the caller scan instead, as if it did not exist.
struct DirectoryCache: Sendable {
    static let fileName = "galley-hook-directory.sqlite"
    static let schemaVersion = 1
    /// Where the file is; it is opened (or created) only when a create asks.
    let path: String

    init(gitDirectory: String) {
        path = gitDirectory + "/" + Self.fileName
    }

    /// Opens the file (creating it when missing) and makes it describe `tree`, a trusted root
    /// tree: nothing to do when it already does, the differing folders when it describes
    /// another tree, every folder otherwise.
    func describing(_ tree: ObjectID, in repository: Repository) throws(GalleyError) -> Described {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            configuration.label = "galley-hook-directory"
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    if try Int.fetchOne(db, sql: "PRAGMA user_version") != Self.schemaVersion {
                        try db.execute(sql: """
                            DROP TABLE IF EXISTS folders;
                            DROP TABLE IF EXISTS meta;
                            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                            CREATE TABLE folders (id TEXT NOT NULL, path TEXT NOT NULL, PRIMARY KEY (id, path)) WITHOUT ROWID;
                            PRAGMA user_version = \(Self.schemaVersion);
                            """)
                    }
                    let described = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'tree'").flatMap(ObjectID.init(hex:))
                    if described == tree { return .commit }
                    let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO folders (id, path) VALUES (?, ?)")
                    if let described, let changes = try? ArticleFolders.changes(from: described, to: tree, repository) {
                        let delete = try db.makeStatement(sql: "DELETE FROM folders WHERE id = ? AND path = ?")
                        for folder in changes.removed { try delete.execute(arguments: [folder.id, folder.path]) }
                        for folder in changes.added { try insert.execute(arguments: [folder.id, folder.path]) }
                    } else {
                        try db.execute(sql: "DELETE FROM folders")
                        for folder in try ArticleFolders.all(in: tree, repository) { try insert.execute(arguments: [folder.id, folder.path]) }
                    }
                    try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('tree', ?)", arguments: [tree.hex])
                    return .commit
                }
            }
            return Described(queue: queue)
        } catch let error as GalleyError {
            throw error
        } catch {
            throw GalleyError(.failure, .localFile(.hookDirectoryNotUsable(path: path, detail: "\(error)")))
        }
    }

    /// The file once it describes the tree asked for.
    struct Described: Sendable {
        let queue: DatabaseQueue

        /// The path of the article with this id in the described tree. With the id in several
        /// folders (a history that broke the rules before it was trusted), the last in git's tree
        /// order, as a scan of the tree finds it: paths of folders compare bytewise in that order.
        func path(of id: String) throws(GalleyError) -> String? {
            do {
                return try queue.read { db in
                    try String.fetchOne(db, sql: "SELECT path FROM folders WHERE id = ? ORDER BY path DESC LIMIT 1", arguments: [id])
                }
            } catch {
                throw GalleyError(.failure, .localFile(.hookDirectoryNotRead(detail: "\(error)")))
            }
        }

        /// The tree the file describes.
        func tree() throws(GalleyError) -> ObjectID? {
            do {
                return try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'tree'").flatMap(ObjectID.init(hex:)) }
            } catch {
                throw GalleyError(.failure, .localFile(.hookDirectoryNotRead(detail: "\(error)")))
            }
        }
    }
}
