/// What one legal step writes: the article's new `index.md`, where, and the trailers.
public struct StepOutcome: Sendable, Equatable {
    public var document: ArticleDocument
    /// Repository path of the article's `index.md`.
    public var path: String
    public var trailers: GalleyTrailers
    /// The granted transition, nil for a revision.
    public var transition: Workflow.Transition?
    /// Files of the article's folder the step writes besides `index.md` (attach, detach).
    public var files: [BundleFile] = []
    /// False for a comment: the commit changes no file (its tree is its parent's).
    public var writesFile = true

    /// The commit's subject line, e.g. "approve: Title (submitted → edited)" (only the writer needs it).
    public var subject: String {
        CommitMessage.subject(transition: trailers.transition, title: document.meta.title, from: trailers.from, to: trailers.to)
    }

    public var message: CommitMessage { CommitMessage(subject: subject, note: nil, trailers: trailers) }
}
