/// Sentences of the desk's audit, password and diff pages (issue 14), as facts: a small
/// enum of its own (rendered in `Catalog+DeskPages.swift`) so the shared lists stay untouched.
public enum DeskPageMessage: Sendable, Equatable {
    /// `/log` and `/verify` are for the roles that read the whole history.
    case auditOnly(person: String, roles: [String], allowed: [String])
    /// The log page's "at most" is not a number of 1 or more.
    case badLimit(given: String)
    /// The log page shows this many events at most when no limit is given.
    case logShowsFirst(count: Int)
    /// Changing one's password: the current one is wrong.
    case currentPasswordWrong
    /// Changing one's password: the new one typed twice differs.
    case newPasswordsDiffer
    /// The password changed; this many other sessions of the person were ended.
    case passwordChanged(otherSessionsEnded: Int)
    /// A trusted proxy named a login that is nobody active in the newsroom.
    case proxyUserUnknown(login: String)
}
