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
}
