import Foundation

/// `correct --replace-photo NAME --photo FILE`: a published article's wrong photo, replaced in the correction.
public struct PhotoReplacement: Sendable {
    /// The listed file it replaces.
    public var replacing: String
    public var path: String
    /// The name to store it under; nil takes the file's own.
    public var name: String?
    public var caption: String?
    public var credit: String?
    public var alt: String?

    public init(replacing: String, path: String, name: String? = nil, caption: String? = nil, credit: String? = nil, alt: String? = nil) {
        self.replacing = replacing
        self.path = path
        self.name = name
        self.caption = caption
        self.credit = credit
        self.alt = alt
    }
}
