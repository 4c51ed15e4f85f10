/// Something a person named or Galley looked for that is not where it was sought: not a newsroom,
/// no file at a commit, no kept step, no such key or setting, an id prefix that fits several
/// articles. Facts for `Catalog+Lookup.swift`.
public enum LookupMessage: Sendable, Equatable {
    /// A git repository whose branch has no galley.yaml.
    case notANewsroom(location: String, branch: String)
    case branchHasNoCommits(branch: String)
    case noFileAtCommit(path: String, commit: String)
    /// `galley conflicts …` for an article with no kept step (or not that `number`).
    case noKeptStep(article: String, number: Int?)
    case keptStepHoldsNoArticle(reference: String, article: String)
    case nothingKept(reference: String)
    /// A kept step without Galley trailers (hand-made): only dropping it makes sense.
    case keptStepNotAGalleyStep(reference: String)
    /// A kept step that is a root commit (a reference made by hand).
    case keptStepHasNoParent(reference: String)
    case articleDidNotExistYet(commit: String)
    case neverEnteredState(article: String, state: String)
    case neitherStateNorCommit(given: String, workflow: String)
    /// `people revoke-key`: the person has no key with that fingerprint (`known`: the ones they have).
    case noSuchKey(person: String, fingerprint: String, known: [String])
    case noSetting(key: String)
    case noWorkflowFile
    /// An unknown state for a listing filter (`states`: the workflow's names).
    case unknownListState(state: String, workflow: String, states: [String])
    /// `verify --from REV`: REV is a commit, but not one the rules can start from.
    case notAStartCommit(start: String, cause: ErrorCause)
    case missingFromWorkTree(path: String)
    /// A bare repository asked for the work tree's text; `article` when the command knows which.
    case noWorkTree(article: String?)
    /// An id prefix that several articles begin with; `shown` the first of them.
    case ambiguousArticleReference(reference: String, count: Int, shown: [String], more: Bool)
    /// The web desk: no attached file `name` beside article `article`.
    case noAttachedFile(name: String, article: String)
    /// A file named on the command line that cannot be read, by what it was meant to be.
    case givenFileNotRead(kind: GivenFile, path: String)

    /// What a file named on the command line was meant to be.
    public enum GivenFile: Sendable, Equatable, CaseIterable {
        case body, publicKey, newsText, edited, workflow
    }
}
