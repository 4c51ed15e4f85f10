import Foundation

/// A file to attach as a person gives it (the writer) or as a commit stored it (`verify`):
/// its name, bytes and description. `StepSemantics` decides the stored name and whether it is taken.
public struct AttachmentFile: Sendable, Equatable {
    /// As given; the stored name is `AttachmentName.sanitized` of it.
    public var name: String
    public var data: Data
    public var caption: String?
    public var credit: String?
    public var alt: String?

    public init(name: String, data: Data, caption: String? = nil, credit: String? = nil, alt: String? = nil) {
        self.name = name
        self.data = data
        self.caption = caption
        self.credit = credit
        self.alt = alt
    }
}
