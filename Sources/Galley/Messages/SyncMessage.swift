/// What `sync`, `status`, `conflicts`, `verify` and the central hook tell a person, held as facts like `Message` and
/// rendered by `Catalog` (`Catalog+Sync.swift`); a case of its own so the main catalog stays readable.
public enum SyncMessage: Sendable, Equatable {
    /// One sync's outcome: steps sent and received, steps kept aside.
    case synced(central: String, sent: Int, received: Int, keptAside: Int)
    /// A local step that could not be replayed on the central tip, and where it is kept.
    /// `reason` is the refusal's own line (already in the reader's language when it came from the catalog).
    case keptAside(step: String, actor: String?, reason: String, reference: String)
    /// What to do with kept steps (`article`: the first one's id, for the example commands).
    case conflictAdvice(article: String)
    /// `status` of a newsroom that was not cloned with `galley clone`.
    case noCentral(conflicts: Int)
    case central(url: String, branch: String)
    case waiting(Int)
    /// What the last fetch saw: `incoming` new central steps; `lastFetch` nil when never fetched.
    case incoming(Int, lastFetch: Timestamp?)
    case conflictsToResolve(Int)
    /// `verify`'s verdict in text.
    case verifiedClean(commits: Int)
    case verifiedViolations(violations: Int, commits: Int)
    /// The pre-receive hook's last line when it refuses a push.
    case pushRefused(problems: Int)
    case hookInstalled(path: String)
    case cloned(url: String, place: String, branch: String)
    /// `conflicts resolve` recorded the kept step again (`step`) as `commit`, or found nothing to apply.
    case conflictRecorded(article: String, step: String, commit: String, reference: String)
    case conflictNothingToApply(article: String, reference: String)
    case conflictDropped(reference: String, subject: String, commit: String)
    /// The central repository could not be reached for a fetch (`detail`: git's words); the local steps stay.
    case centralUnreachable(url: String, detail: String)
    /// The central repository has no such branch.
    case centralHasNoBranch(url: String, branch: String)
    /// A push to the central repository failed (not a lost race); the local steps stay.
    case pushFailed(url: String, detail: String)
    /// A central repository given as a local folder could not be opened.
    case centralNotOpened(path: String, detail: String)
    /// The central repository's branch could not be moved (a local central).
    case centralBranchNotMoved(detail: String)
    /// `galley clone` failed to copy the repository.
    case cloneFailed(url: String, detail: String)
    /// `galley clone` copied a repository that is not a Galley newsroom.
    case clonedNotNewsroom(url: String, path: String, detail: String)
    /// This clone and the central repository share no commit.
    case noSharedHistory
    /// git's index was locked while sync was bringing the work tree up to date.
    case indexLockedDuringSync(gitDirectory: String)
    /// The local branch moved while sync was writing.
    case branchMovedDuringSync(branch: String)
}
