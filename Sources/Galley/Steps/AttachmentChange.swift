import Foundation

/// What an attach or detach step does to the article's page bundle.
public enum AttachmentChange: Sendable, Equatable {
    case add(AttachmentFile)
    case remove(name: String)
    /// A correction's new photo in place of a listed one (its entry keeps its place in `resources:`).
    case replace(name: String, with: AttachmentFile)
}

extension ArticleStep.Kind {
    var isTransition: Bool {
        if case .transition = self { return true }
        return false
    }
}

extension AttachmentChange {
    var isReplacement: Bool {
        if case .replace = self { return true }
        return false
    }
}

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

/// A file of the article's folder a step writes (data) or removes (nil), besides `index.md`.
public struct BundleFile: Sendable, Equatable {
    public var path: String
    public var data: Data?

    public init(path: String, data: Data?) {
        self.path = path
        self.data = data
    }
}
