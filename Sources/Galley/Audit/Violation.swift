/// One broken rule found by `verify`: which commit, which article, which
/// rule (a stable short name scripts can match) and what was found, as facts
/// a person reads in their language (`text(in:)`); `message` is the English
/// sentence, verify's JSON interface.
public struct Violation: Sendable, Equatable {
    public var commit: String
    public var article: String?
    public var rule: Rule
    public var detail: ViolationMessage

    /// The English sentence (verify's JSON `message`, the hook's log line).
    public var message: String { Catalog.render(detail, in: .en) }

    public init(commit: String, article: String?, rule: Rule, detail: ViolationMessage) {
        self.commit = commit
        self.article = article
        self.rule = rule
        self.detail = detail
    }

    /// A finding known only as an English sentence: said as it is in every language.
    public init(commit: String, article: String?, rule: Rule, message: String) {
        self.init(commit: commit, article: article, rule: rule, detail: .refused(.init(english: message)))
    }

    /// The sentence for a person reading `language`.
    public func text(in language: Language) -> String { Catalog.render(detail, in: language) }

    /// `abc1234 article [rule] sentence`: how `verify` and the central hook list a violation. One
    /// line whatever the facts hold: git allows any byte but NUL in a path and a trailer is free
    /// text, so a newline there must not forge a second line (`… [ok]`), nor an escape sequence
    /// reach the terminal (`TerminalText`, single-line).
    public func line(in language: Language) -> String {
        TerminalText.clean("\(commit.prefix(7)) \(article ?? "-") [\(rule.rawValue)] \(text(in: language))", multiline: false)
    }

    /// The rules `verify` checks (design §4–§5); raw values appear in JSON.
    public enum Rule: String, Sendable, CaseIterable {
        /// The newsroom branch must be linear: no merge commits.
        case linearHistory = "linear-history"
        /// The init commit must add galley.yaml, workflow.yaml and people.yaml by an admin it lists.
        case malformedInit = "malformed-init"
        /// Articles changed by a commit without Galley's trailers, or not the article its trailers name.
        case outsideWorkflow = "outside-workflow"
        /// The person named in the trailers is unknown or deactivated in the parent's people.yaml.
        case unknownActor = "unknown-actor"
        /// The commit's author email is not the email of the person its trailers name.
        case authorMismatch = "author-mismatch"
        /// A state change that the workflow in force does not allow for that person (role, forbid, note).
        case notPermitted = "not-permitted"
        /// The trailers do not describe what the commit changed (from/to/transition).
        case trailerMismatch = "trailer-mismatch"
        /// Text changed in a state where the acting person may not edit it.
        case contentNotEditable = "content-not-editable"
        /// A field that records the workflow (id, author, created, approvals, corrections, draft, publishDate, embargo, assignee) changed outside its rules.
        case protectedField = "protected-field"
        /// An article file was deleted or moved: articles are kept (retract or spike instead).
        case articleRemoved = "article-removed"
        /// The front matter no longer parses.
        case corruptArticle = "corrupt-article"
        /// The id in the front matter does not match the article's folder.
        case idMismatch = "id-mismatch"
        /// people.yaml, workflow.yaml or galley.yaml changed by someone who is not an admin, or without a people/config step.
        case adminOnly = "admin-only"
        /// people.yaml, workflow.yaml or galley.yaml no longer parses or validates.
        case corruptConfig = "corrupt-config"
        /// The commit's signature does not verify (content changed after signing, forged, or not an SSH ed25519 signature).
        case badSignature = "bad-signature"
        /// Signing is required (galley.yaml `signing: required`, in force before the commit or set by the
        /// commit itself, the init commit included) but the commit is not signed.
        case unsigned = "unsigned"
        /// The signing key is not an active key of the person the commit names, by the parent's people.yaml.
        case wrongKey = "wrong-key"
        /// A create for an id that already exists somewhere in the tree: an id is made once.
        case duplicateID = "duplicate-id"
        /// A changed path the claimed step does not write: a second folder, another article, a file
        /// beside index.md, a file outside articles/ in an article step.
        case unexplainedChange = "unexplained-change"
        /// A symlink, gitlink (submodule) or executable in the newsroom tree: Galley writes regular files only (100644).
        case fileType = "file-type"
        /// `Galley-Role` is not the role through which the workflow grants the actor this step.
        case wrongRole = "wrong-role"
        /// The front matter means what the step writes but is not written the way Galley writes it.
        case noncanonicalDocument = "noncanonical-document"
        /// The text a step carries breaks a limit (empty or multi-line title, control characters, size, a body that opens with front matter).
        case invalidContent = "invalid-content"
        /// The step changes nothing (a revision identical to the text, a correction to the same text).
        case noChange = "no-change"
        /// The central server authenticated someone other than the person an unsigned step names (hook only).
        case pusherMismatch = "pusher-mismatch"
        /// A section that galley.yaml's `sections` list lacks, written by a create or a revision that changes it,
        /// or given to a person in people.yaml.
        case unknownSection = "unknown-section"
        /// A `publishDate` or `embargo` a step may not write: before the step's own time, or on a step that does not set it.
        case badSchedule = "bad-schedule"
        /// A publication that takes effect (its `publishDate`, else the step's time) before the article's embargo.
        case embargoed = "embargoed"
        /// An attached file that is not a JPEG, PNG, WebP, GIF or PDF by its content, is larger than galley.yaml's
        /// `attachment_max_mb`, is empty, or clashes with one the article has; a detach of a file it does not list.
        case badAttachment = "bad-attachment"
        /// An `assignee` nobody may be given: unknown, deactivated, or unable to take any next step from the article's state.
        case badAssignee = "bad-assignee"
        /// A step by a role the workflow limits to its sections (`section_roles`), on an article outside that person's sections.
        case outsideSections = "outside-sections"
        /// A comment commit that changes a file: a comment is a note only, its tree is its parent's.
        case commentChangesFiles = "comment-changes-files"
    }
}

/// The verdict of `verify`.
public struct VerifyReport: Sendable, Equatable {
    public var commits: Int
    public var violations: [Violation]
    public var ok: Bool { violations.isEmpty }
}
