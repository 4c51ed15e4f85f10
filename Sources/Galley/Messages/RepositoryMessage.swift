/// What is wrong inside the newsroom's repository rather than in what a person typed: a path
/// missing at a commit, an article that does not parse, rules that do not load, a git call that
/// failed. Facts for `Catalog+Repository.swift`; `detail` is git's own words (English, libgit2).
public enum RepositoryMessage: Sendable, Equatable {
    /// A rules file (galley.yaml, workflow.yaml, people.yaml) missing at `commit`: the newsroom is damaged.
    case pathMissing(path: String, commit: String)
    /// An article file that does not parse; `commit` when the error names where.
    case corruptArticle(commit: String?, cause: ErrorCause)
    /// The rules in force at `commit` do not load (history verification).
    case rulesDoNotLoad(commit: String, cause: ErrorCause)
    /// One of the rules files is missing at the commit the rules are read from.
    case rulesFileMissing(path: String)
    /// `sync` to a central repository on a local path: the first step its hook would refuse, and why.
    case centralRefusesSteps(commit: String, reason: ViolationMessage)
    /// Ten thousand ids derived from one title are all taken.
    case noFreeArticleID(base: String)
    /// A git operation failed. `doing` is what Galley was doing, in English words (a diagnostic
    /// next to git's own English `detail`, not a sentence of the catalog).
    case gitFailed(doing: String, detail: String)
}
