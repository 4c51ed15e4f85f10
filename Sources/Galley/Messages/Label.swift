/// A word of a table header, a field name of `show`, or a short fixed phrase.
public enum Label: String, Sendable, CaseIterable {
    case id, name, email, roles, active, yes, no
    case time, commit, actor, step, states, article, note, state, author, section, updated, title, youMay, score
    case fieldID, fieldState, fieldAuthor, fieldByline, fieldSection, fieldTags, fieldCreated, fieldUpdated, fieldPath
    case approvedThisRound, correctionBy, outsideWorkflow, noArticles, noEvents, nothingFound, noKeptSteps
    case lastStep, notesThisRound
    case fieldTitle, fieldDraft, fieldApprovals, fieldCorrections, noTextChanges
    case fieldSummary, fieldSource, fieldSourceURL, fieldPublishDate, fieldEmbargo, publishesAt, fieldAttachments
    case fieldRetracted
}
