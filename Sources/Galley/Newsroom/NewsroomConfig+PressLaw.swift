/// `press_law_notices: true` in galley.yaml: from the commit that sets it, a correction
/// records its reader-facing notice (the wrong and corrected passages, the article's
/// original title, section and publication time) and may correct the headline, and a
/// retraction records its reason and keeps the page out of any Hugo build. New newsrooms
/// start with it; an older one turns it on with `galley config set press_law_notices true`.
/// `verify` judges every commit by the galley.yaml in force at its parent, so corrections
/// and retractions recorded before the setting keep verifying in their older form.
extension NewsroomConfig {
    public static let pressLawNoticesKey = "press_law_notices"

    public var pressLawNotices: Bool { value(of: Self.pressLawNoticesKey) == "true" }
}
