/// A sentence for a person, held as its facts (who, which article, which step,
/// which rule, who may instead), so one catalog can say it in Vietnamese and in
/// English and tests can assert on the facts rather than on wording.
public indirect enum Message: Sendable, Equatable {
    /// A state with its workflow label, e.g. submitted / "Chờ biên tập".
    public struct StateRef: Sendable, Equatable {
        public var name: String
        public var label: String?

        public init(name: String, label: String?) {
            self.name = name
            self.label = label
        }

        public init(_ state: Workflow.State) { self.init(name: state.name, label: state.label) }
    }

    /// Who may take a step: roles or the author relation, and the `forbid:` limits.
    public struct WhoMay: Sendable, Equatable {
        public var actors: [String]
        public var notAuthor: Bool
        public var notEarlierApprover: Bool
    }

    /// What a refused person may do instead on that article.
    public enum Instead: Sendable, Equatable {
        case steps(person: String, [String])
        case nothing(person: String)
        case finalState(StateRef)
    }

    public enum Forbidden: Sendable, Equatable { case ownArticle, alreadyApproved }

    case deactivated(person: String)
    case noSuchStep(article: String, state: StateRef, step: String, instead: Instead)
    case cannotStartArticle(step: String)
    case notPermitted(person: String, roles: [String], step: String, article: String?, state: StateRef?, whoMay: WhoMay, instead: Instead?)
    case forbidden(Forbidden, person: String, step: String, whoMay: WhoMay, instead: Instead)
    case noteRequired(step: String)
    case bodyRequired(step: String)
    case notEditable(article: String, state: StateRef, editors: [String], person: String, instead: Instead)
    case stepCarriesNoText(step: String, article: String)
    case nothingToCorrect
    case revisionChangesNothing(article: String)
    /// A body that opens with a `---` line: a whole document given where the body alone belongs.
    case bodyOpensWithFrontMatter
    case duplicateID(article: String, path: String)
    case adminOnly(person: String, admins: [String])
    case noAdminLeft
    /// A refusal, told what happened last to the article (who was first).
    case withLastStep(Message, step: String, from: String?, to: String?, actor: String, time: String, commit: String)
    case unknownPerson(person: String, known: [String])
    case whoIsActing(email: String?, bare: Bool)
    case unknownArticle(article: String, commit: String)
    case nothingWaits(person: String)
    /// Notices: what a person should know that is not an error.
    case clearedStaleLock(file: String)
    case repairedWorkTree(path: String)
    case rulesNotInForce(commit: String, reason: String, inForce: String)
    case newsroomCreated(name: String, place: String, workflow: String, admin: String)
    case initNext(path: String, admin: String)
    /// `init` failed after it had begun to write, and removed what it had created.
    case initUndone(reason: String)
    case personAdded(person: String, roles: [String])
    case rolesSet(person: String, roles: [String])
    case personDeactivated(person: String)
    case loginSet(person: String, login: String)
    case keyAdded(person: String, fingerprint: String)
    case keyRevoked(person: String, fingerprint: String)
    case revised(article: String, state: String)
    case nothingToCommit(article: String)
    /// A mistyped command line: `typed` as given, `suggestions` the nearest commands or options, `help` what lists them.
    case unknownCommand(typed: String, suggestions: [String], help: String)
    case unknownOption(option: String, command: String, suggestions: [String], help: String)
    case globalOptionNotTaken(option: String, command: String, help: String)
    /// A filter naming what does not exist.
    case unknownState(given: String, option: String, workflow: String, states: [StateRef], suggestions: [String])
    case ambiguousState(given: String, option: String, matching: [StateRef])
    case unknownTransition(given: String, option: String, workflow: String, names: [String], suggestions: [String])
    /// The confirmation of a step taken.
    case stepTaken(article: String, step: String, from: String?, to: String?, actor: String)
    /// `galley ssh-entry` refusing what a key's holder asked the server to run.
    case sshEntryNoShell(person: String)
    case sshEntryCommandRefused(command: String)
    case sshEntryRepositoryNotAllowed(requested: String, allowed: [String])
    case sshEntryBadPerson(person: String)
    case sshEntryNeedsRepositories
    /// Signing keys and signed newsrooms.
    case signing(SigningMessage)
    /// What sync, status and conflicts report.
    case sync(SyncMessage)
    /// Sections, schedules and embargoes.
    case editorial(EditorialMessage)
    /// Assignments, section rights and comments.
    case assignment(AssignmentMessage)
    /// The web desk and its passwords.
    case desk(DeskMessage)
    /// Photos and files attached to an article.
    case attachment(AttachmentMessage)
    /// Desk keys: the web desk's signing keys, sealed with passwords.
    case deskKey(DeskKeyMessage)
    /// Corrections, their notices, and retractions.
    case correction(CorrectionMessage)
    /// Input a person gave or a file they edited that cannot be used (YAML, unreadable file, UTF-8, lock, unknown name).
    case input(InputErrorMessage)
    /// Refusals at a person's own desk: uncommitted edits, a folder not free, a staff change that changes nothing.
    case workspace(WorkspaceMessage)
    /// A step allowed but not recorded: the branch moved or was locked, git's index in the way.
    case write(WriteMessage)
    /// A command line that parses but does not make sense (exit 64).
    case usage(UsageMessage)
    /// A file, folder or program on the person's own machine failed (the editor, password files, the index, a lock).
    case localFile(LocalFileMessage)
    /// Something wrong inside the repository: a path missing at a commit, a corrupt article, a git call failing.
    case repository(RepositoryMessage)
    /// A step could not be signed: the private key file, or ssh-keygen.
    case signer(SignerMessage)
    /// Something named or sought that is not there: not a newsroom, no such file, kept step, key or setting.
    case lookup(LookupMessage)
    /// A value typed that breaks a rule: a name, email, id, login, role, time zone, date, body, hook path.
    case inputRule(InputRuleMessage)
    /// Typed text the text gate refuses: a one-line field with a newline, nothing or too much in it.
    case textField(TextFieldMessage)
    /// A mistake in an article's front matter, at its file and line.
    case frontMatter(FrontMatterMessage)
    /// Why an article came back: the step that sent it back to its author, and its note.
    case sentBack(step: String, actor: String, time: Timestamp, note: String?)
}

extension Message {
    /// English, for logs, JSON and `GalleyError.message`.
    public var english: String { Catalog.render(self, in: .en) }
}
