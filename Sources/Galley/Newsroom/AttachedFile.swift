import Foundation
import GitKit

/// An attached file as `show`, `diff`, JSON and the desk list it: its entry and what the tree holds.
public struct AttachedFile: Sendable, Equatable {
    public var name: String
    public var caption: String?
    public var credit: String?
    public var alt: String?
    /// Size of the stored file; 0 when the tree lacks it (only a hand-made commit can do that).
    public var bytes: Int
    /// The kind its name says (its content was checked when attached).
    public var type: AttachmentType?
    /// The git blob id, nil when the tree lacks the file.
    public var blob: String?
}
