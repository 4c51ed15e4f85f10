import Foundation

/// One SSH signing key of a person in `people.yaml`, with the time it was
/// added and, once revoked, the time it stopped being valid. A revoked key
/// stays listed: signatures made while it was active must still verify, and
/// the allowed-signers file gives stock git the same window.
public struct PersonKey: Sendable, Equatable {
    public var key: SSHPublicKey
    public var added: Timestamp?
    public var revoked: Timestamp?

    public init(key: SSHPublicKey, added: Timestamp?, revoked: Timestamp? = nil) {
        self.key = key
        self.added = added
        self.revoked = revoked
    }

    public var isActive: Bool { revoked == nil }
}

extension Person {
    /// Whether `key` is listed for this person and not revoked.
    public func hasActiveKey(_ key: SSHPublicKey) -> Bool {
        keys.contains { $0.isActive && $0.key == key }
    }
}
