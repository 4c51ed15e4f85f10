import Foundation
import GitKit

/// A local step sync could not apply, kept under `refs/galley/conflicts/<article>/<n>`
/// (the original commit, with its text in its tree) until someone resolves or drops it.
public struct KeptConflict: Sendable {
    public var reference: String
    /// The article id, or "newsroom" for a people/config step.
    public var article: String
    public var number: Int
    public var commit: ObjectID
    public var subject: String
    public var actor: String?
    public var transition: String?
    public var time: Date
}
