/// What a reader is told about one correction (Press Law 2016, art. 42,
/// "Thông tin cải chính"): the passages that were wrong and what they now say,
/// a headline that was wrong, and the article it corrects as it first appeared
/// (its original title, section and publication time). Facts only: `show` and
/// a site's template turn them into a sentence in the newsroom's language.
public struct CorrectionNotice: Sendable, Equatable {
    /// The title when the article was first published (a later title correction does not change it).
    public var originalTitle: String
    public var section: String?
    /// When the article was published: its `publishDate`, or the time of its publication step.
    public var published: Timestamp
    /// The headline this correction replaced; nil when the title stayed.
    public var titleWas: String?
    /// The wrong passages, in reading order, and at the same positions what they now say
    /// (whole sentences, one line each, at most `CorrectionQuotes.maximumLength` characters).
    public var wrong: [String]
    public var corrected: [String]

    public init(originalTitle: String, section: String?, published: Timestamp, titleWas: String?, wrong: [String], corrected: [String]) {
        self.originalTitle = originalTitle
        self.section = section
        self.published = published
        self.titleWas = titleWas
        self.wrong = wrong
        self.corrected = corrected
    }
}
