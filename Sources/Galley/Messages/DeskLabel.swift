/// The fixed words of the web desk's pages: buttons, headings, field names. Kept apart
/// from `Label` (the terminal's table words) so each list stays one screen.
public enum DeskLabel: String, Sendable, CaseIterable {
    case desk, signIn, signOut, person, password, myQueue, newArticle, search, searchButton
    case edit, save, create, title, section, body, tags, history, fields, state, note, noteRequired
    case nothingWaits, nothingFound, otherLanguage, byline, author, created, updated, steps
    case signedInAs, unsavedText, notAllowed, notFound, lastNote, articleText, skipToContent
    case photos, photoFile, caption, credit, altText, attachPhoto, detach
    case summary, source, assignee, assignedToYou
}
