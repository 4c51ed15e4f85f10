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
