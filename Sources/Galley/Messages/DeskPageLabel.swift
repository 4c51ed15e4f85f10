/// The fixed words of those pages (headings, filter names, buttons).
public enum DeskPageLabel: String, Sendable, CaseIterable {
    case auditLog, verify, filter, article, actor, role, transition, stateReached, since, until, limit
    case downloadCSV, downloadJSON, rule, problem
    case changePassword, currentPassword, newPassword, newPasswordAgain
    case changes, compare, from, to, changesLink, tagsCommaSeparated, bylineField
}
