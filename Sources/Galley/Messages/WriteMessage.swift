/// Why a step could not be recorded although it was allowed: the branch moved or was locked
/// under the writer, git's index was in the way, a flush failed — as facts, so
/// `Catalog+Write.swift` can say them in both languages. Two people acting at once at the web
/// desk meet the first ones.
public enum WriteMessage: Sendable, Equatable {
    /// The branch moved between reading the tip and moving it (another writer, a plain git command).
    case branchMoved(branch: String)
    /// Another git process holds the branch's lock; `detail` is git's own words.
    case branchLocked(branch: String, detail: String)
    /// Moving the branch failed for another reason (`detail`: git's words).
    case branchNotMoved(branch: String, detail: String)
    /// git's index is locked in `gitDirectory` (another git command, or one that died).
    case indexLocked(gitDirectory: String)
    /// The step was written but git's index could not follow; it was undone, the text stays in the work tree.
    case indexNotUpdatedUndone(detail: String)
    /// The step is recorded as `commit` but git's index could not follow (and undoing failed).
    case indexNotUpdated(commit: String, detail: String, paths: [String])
}
