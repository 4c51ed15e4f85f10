/// The refusals a person meets at their own desk rather than in the workflow: uncommitted
/// edits in the way, a folder that is not free, a detached HEAD, a staff change that changes
/// nothing or clashes — as facts, so `Catalog+Workspace.swift` can say them in both languages.
public enum WorkspaceMessage: Sendable, Equatable {
    /// The article's `index.md` has edits not yet saved; `save` records them.
    case uncommittedArticleEdits(path: String, article: String)
    /// Another file this step writes has uncommitted changes.
    case uncommittedChanges(path: String)
    /// `sync` would overwrite a file with uncommitted edits.
    case syncWouldOverwrite(path: String)
    /// HEAD names no branch.
    case detachedHead(location: String)
    /// `galley init` was given a file.
    case initTargetIsFile(path: String)
    /// `galley init` was given a folder that holds something.
    case initTargetNotEmpty(path: String)
    /// `galley clone` was given a folder that holds something.
    case cloneTargetNotEmpty(path: String)
    /// `people add` of an id people.yaml already lists.
    case personAlreadyListed(person: String)
    /// An email another person already has.
    case emailTaken(email: String, owner: String)
    /// A login that already stands for another person.
    case loginTaken(login: String, owner: String)
    case alreadyDeactivated(person: String)
    case keyAlreadyRevoked(fingerprint: String, person: String)
    /// `config set` to the value already there.
    case settingUnchanged(key: String, value: String)
    /// A people change that leaves people.yaml as it is.
    case peopleUnchanged
    /// `config set branch`: the branch is where the history lives.
    case branchNotSettable
    /// `galley diff ID` without revisions, for an article never submitted.
    case neverSubmitted(article: String)
}
