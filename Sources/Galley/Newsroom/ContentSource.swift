import Foundation

/// Where the new content of a `save` comes from.
public enum ContentSource: Sendable {
    /// New body text (from `--body-file`); front matter unchanged.
    case body(String)
    /// A whole edited `index.md` (the work-tree copy, or `$EDITOR`'s file):
    /// title, byline, section, tags and body may change; Galley's own fields may not.
    case document(String)
    /// The work tree's copy of the article, read under the write lock.
    case workTree
}
