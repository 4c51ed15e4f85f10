import GitKit

/// One commit's worth of work, built from the snapshot at the tip while the
/// write lock is held: the files it writes or removes and the message.
struct Change {
    struct File {
        var path: String
        /// New content; nil removes the file.
        var content: String?
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
