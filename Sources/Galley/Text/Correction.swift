/// A published fix to an article: who corrected it, when, and what the reader is told.
public struct Correction: Sendable, Equatable {
    public var time: Timestamp
    public var actor: String
    public var note: String
    /// The reader-facing notice; nil in corrections recorded before notices (`press_law_notices`).
    public var notice: CorrectionNotice?

    public init(time: Timestamp, actor: String, note: String, notice: CorrectionNotice? = nil) {
        self.time = time
        self.actor = actor
        self.note = note
        self.notice = notice
    }
}
