/// Sentences of the web desk and its passwords (issue 14), held as facts like `Message`
/// and rendered by `Catalog`; a case of their own so the main catalog stays readable.
public enum DeskMessage: Sendable, Equatable {
    /// `people password`: only an admin sets another person's password.
    case passwordNotYours(person: String, target: String, admins: [String])
    case passwordLength(minimum: Int, maximum: Int)
    case passwordSet(person: String)
    /// Sign-in refused: the id, the password, or a deactivated person (never said which).
    case signInRefused
    /// Too many failed sign-ins for this person or from this address.
    case signInThrottled(seconds: Int)
    /// A form without its anti-forgery token (or with another session's).
    case formExpired
    /// The edit form started from a version that is no longer the article's.
    case editOutOfDate(article: String)
    /// The desk is listening.
    case serving(url: String, newsroom: String)
    /// `galley serve` found no `galley-desk` program beside itself.
    case deskProgramMissing(path: String)
    /// `galley serve` could not start `galley-desk` (`execv` failed).
    case deskProgramFailed(path: String, reason: String)
    /// `galley-desk` was started by hand, not by `galley serve`.
    case deskStartedByHand
}
