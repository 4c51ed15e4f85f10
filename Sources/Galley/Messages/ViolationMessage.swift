/// What `verify` (and the central hook) found wrong with a commit, held as its facts so an
/// auditor reads it in their language while verify's JSON keeps the English sentence
/// (issue 13). One case per kind of finding; `Violation.rule` says which rule it breaks.
public enum ViolationMessage: Sendable, Equatable {
    /// Why something was refused or failed to load, as the error said it: its catalog facts
    /// when it has them, else its English line (said as it is in every language).
    public struct Reason: Sendable, Equatable {
        public var english: String
        public var detail: Message?

        public init(english: String, detail: Message? = nil) {
            self.english = english
            self.detail = detail
        }

        public init(_ error: GalleyError) { self.init(english: error.message, detail: error.detail) }
        public init(_ refusal: StepRefusal) { self.init(english: refusal.message, detail: refusal.detail) }
    }

    /// A tree entry Galley never writes (it writes regular files, mode 100644).
    public enum FileKind: Sendable, Equatable {
        case symbolicLink, gitlink, executable
        /// Any other mode, in octal.
        case other(mode: String)
    }

    /// A file beside index.md as a step writes it or removes it.
    public struct BundleFile: Sendable, Equatable {
        public var path: String
        public var removed: Bool

        public init(path: String, removed: Bool) {
            self.path = path
            self.removed = removed
        }
    }

    // MARK: - The commit

    case mergeCommit
    case secondInit
    case initInvalid(reason: Reason)
    case initNotInitStep
    case initActorNotAdmin(actor: String)
    case initAuthorMismatch(authorEmail: String, admin: String, adminEmail: String)
    /// `Galley-Actor` names nobody in the people.yaml in force.
    case unknownActor(actor: String)
    case authorMismatch(person: String, email: String, authorName: String, authorEmail: String)
    case deactivatedActor(person: String)
    case fileType(path: String, kind: FileKind)

    // MARK: - Commits without trailers

    case untrailedEmptyCommit
    case rulesChangedWithoutStep(files: [String])
    case articleDeletedWithPlainGit(path: String)
    case articleChangedWithoutStep(paths: [String])
    case filesChangedWithoutStep(paths: [String])

    // MARK: - People and config steps

    case adminStepRole(claimed: String, step: String, role: String)
    case notAdmin(person: String)
    case adminStepNamesArticle(step: String)
    case adminStepChangesNothing(step: String)
    case notWrittenByAdminStep(path: String, step: String)
    case rulesDoNotLoad(reason: Reason)

    // MARK: - Article steps

    /// A step `StepSemantics` refuses (or rules that break a limit): its own reason.
    case refused(Reason)
    case articleNotNamed(step: String)
    case articleNotChanged(step: String, article: String)
    case filesBesideUnchangedIndex(paths: [String], step: String, article: String)
    case articleDeleted(path: String)
    /// An attach (`adds`) or detach that does not add (remove) a file beside index.md.
    case noFileBesideIndex(step: String, adds: Bool)
    case wrongArticlePath(path: String, step: String, article: String, expected: String)
    case bundleFilesDiffer(written: [BundleFile], expected: [BundleFile], step: String)
    case noncanonicalDocument
    case idMismatch(written: String, folder: String)
    case stateMismatch(step: String, expected: String, written: String)
    case textChanged(fields: [String], step: String)
    case updatedNotStepTime(time: String)
    case protectedFields(fields: [String], step: String)
    case trailerStates(claimedStep: String, claimedFrom: String?, claimedTo: String?, step: String, from: String?, to: String?)
    case wrongRole(claimed: String, actor: String, role: String)
    case rulesFileInArticleStep(file: String, step: String)
    case articleMovedInStep(path: String, step: String, article: String)
    case notWrittenByArticleStep(path: String, step: String, article: String)
    case strayArticleFile(path: String)
    case outsideArticles(path: String)
    case corruptArticle(reason: Reason)
    /// A detach that adds (`added`) or changes the file instead of removing it.
    case detachKeepsFile(path: String, added: Bool)
    /// An attach that removes (`removed`) or changes the file instead of adding a new one.
    case attachReplacesFile(path: String, removed: Bool)
    case commentChangesFile(path: String, article: String)
    case commentOnMissingArticle(article: String)

    // MARK: - The push (central hook only)

    case pushersContradict(login: String, source: String, others: [String], step: String, actor: String)
    case pusherUnknownLogin(login: String, source: String, step: String, actor: String)
    case pusherNotActor(person: String, login: String, source: String, step: String, actor: String)

    // MARK: - Signatures

    case unsigned
    case malformedSignature(reason: Reason)
    case signatureMismatch(fingerprint: String)
    case keyOfNobody(fingerprint: String)
    case revokedKey(fingerprint: String, person: String)
    case someoneElsesKey(fingerprint: String, owner: String, named: String)
    case unlistedKey(fingerprint: String, person: String)
}
