/// One step on one article as a person asks for it (the CLI) or as a commit's
/// trailers claim it (`verify`, the hook, sync): the input of `StepSemantics`.
public struct ArticleStep: Sendable {
    public enum Kind: Sendable, Equatable {
        case create
        case revise
        /// Galley's own embargo step: sets or lifts `embargo`, the state stays.
        case embargo
        /// Adds a file to the article's folder and its `resources:` entry (`galley attach`).
        case attach
        /// Removes a file and its entry (`galley detach`); the history keeps it.
        case detach
        /// Galley's own assign step: sets or clears `assignee`, the state stays.
        case assign
        /// A note only: no file changes, the state stays.
        case comment
        /// A transition of the workflow by name (submit, approve, correct …).
        case transition(String)

        /// The kind a `Galley-Transition` value names.
        public init(name: String) {
            switch name {
            case StepName.create: self = .create
            case StepName.revise: self = .revise
            case StepName.embargo: self = .embargo
            case StepName.attach: self = .attach
            case StepName.detach: self = .detach
            case StepName.assign: self = .assign
            case StepName.comment: self = .comment
            default: self = .transition(name)
            }
        }

        public var name: String {
            switch self {
            case .create: StepName.create
            case .revise: StepName.revise
            case .embargo: StepName.embargo
            case .attach: StepName.attach
            case .detach: StepName.detach
            case .assign: StepName.assign
            case .comment: StepName.comment
            case .transition(let name): name
            }
        }
    }

    public var kind: Kind
    public var article: String
    public var actor: Person
    /// NFC, sanitised as a commit message stores it; nil when absent.
    public var note: String?
    /// When the step is taken: the commit's author time, and `updated` (and `created`) in the file.
    public var time: Timestamp
    /// The text the step carries: required for create and revise and for transitions
    /// that carry text (`correct`), nil for every other step.
    public var content: ArticleContent?
    /// `publish --at`: when a publication shows (front matter `publishDate`); nil publishes now.
    /// `verify` reads it back from the written front matter.
    public var publishAt: Timestamp?
    /// `embargo --until`: the time no publication may precede; nil lifts the embargo (embargo steps only).
    public var embargoUntil: Timestamp?
    /// The file an attach adds or the name a detach removes; nil for every other step.
    public var attachment: AttachmentChange?
    /// `assign --to`: the person id to give the article to; nil clears the assignment (assign steps only).
    public var assignee: String?

    public init(
        kind: Kind, article: String, actor: Person, note: String?, time: Timestamp, content: ArticleContent?,
        publishAt: Timestamp? = nil, embargoUntil: Timestamp? = nil, assignee: String? = nil, attachment: AttachmentChange? = nil
    ) {
        self.assignee = assignee
        self.kind = kind
        self.article = article
        self.actor = actor
        self.note = note
        self.time = time
        self.content = content
        self.publishAt = publishAt
        self.embargoUntil = embargoUntil
        self.attachment = attachment
    }
}
