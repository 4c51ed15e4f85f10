/// The catalog's name of each front-matter key Galley knows, for `galley diff` and the
/// desk's diff page alike; an extra key has none and is shown as written.
public enum FieldLabels {
    public static func label(for field: String) -> Label? {
        labels[field]
    }

    private static let labels: [String: Label] = [
        "id": .fieldID, "title": .fieldTitle, "state": .fieldState, "draft": .fieldDraft, "author": .fieldAuthor,
        "byline": .fieldByline, "section": .fieldSection, "tags": .fieldTags, "created": .fieldCreated, "updated": .fieldUpdated,
        "approvals": .fieldApprovals, "corrections": .fieldCorrections, "summary": .fieldSummary, "source": .fieldSource,
        "source_url": .fieldSourceURL, "publishDate": .fieldPublishDate, "embargo": .fieldEmbargo, "resources": .fieldAttachments,
        "retracted": .fieldRetracted,
    ]
}
