/// Which articles `queue` holds.
public enum QueueScope: Sendable {
    /// What waits on the person: articles they may move on toward publication (submit, approve,
    /// publish). An article they could only send back, drop, retract or correct waits on someone
    /// else, or on nobody — a published article is done.
    case waiting
    /// Everything the person may do: any step (corrections and retractions included), or an edit.
    case all
}
