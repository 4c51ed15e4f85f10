import Foundation
import GitKit

/// One commit's worth of work, built from the snapshot at the tip while the
/// write lock is held: the files it writes or removes and the message.
struct Change {
    struct File {
        var path: String
        /// New bytes; nil removes the file.
        var bytes: Data?

        init(path: String, content: String?) {
            self.path = path
            bytes = content.map { Data($0.utf8) }
        }

        init(path: String, bytes: Data?) {
            self.path = path
            self.bytes = bytes
        }
    }

    var files: [File]
    var message: CommitMessage
    var actor: Person
    var time: Timestamp
    /// The article's `index.md`, reported back to the user.
    var articlePath: String?
    /// Work-tree paths whose uncommitted edits are this change's input (`save` from the work tree).
    var acceptsWorkTreeEdits: Set<String> = []
    /// This change sets `signing: required`, so it must itself be signed.
    var turnsOnSigning = false
}
