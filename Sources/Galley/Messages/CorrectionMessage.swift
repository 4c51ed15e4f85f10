/// Sentences about corrections and retractions (Press Law 2016, art. 42), held as facts
/// like `Message` and rendered by `Catalog+Correction`: the refusals of `correct` and
/// `retract`, and the reader-facing notice `show` prints in the newsroom's language.
public enum CorrectionMessage: Sendable, Equatable {
    /// A correction changes the title and the body only; `fields` are the others it tried to change.
    case onlyTitleAndBody(article: String, fields: [String])
    /// The rules in force record corrections without notices, and such a correction cannot change the title.
    case titleNeedsNotices(article: String)
    /// A retraction recorded for the record needs its reason (`-m`).
    case retractionNeedsReason(article: String)
    /// `correct` with no `--body-file` and no `--title`, and the work tree's copy is the published text.
    case workTreeUnchanged(article: String, path: String)
    /// One correction as a reader reads it. `titleNow`: the headline this correction put in place of `titleWas`.
    case notice(CorrectionNotice, time: Timestamp, actor: String, note: String, titleNow: String?)
    /// A correction recorded before notices: its time, who made it and its note.
    case noted(time: Timestamp, actor: String, note: String)
    /// The article was taken off the site: when, by whom, why.
    case retracted(time: Timestamp, actor: String, reason: String)
}
