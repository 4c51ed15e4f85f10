internal import CGit2
import Foundation

/// What a push reported: nil `rejection` means every reference was updated.
public struct PushResult: Sendable, Equatable {
    /// `ref: reason` for the first reference the remote refused.
    public let rejection: String?
    /// The remote's sideband text (a hook's output), as received.
    public let serverMessages: String
}
