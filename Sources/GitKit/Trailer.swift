internal import CGit2

/// One `Key: value` line of a commit message's trailer block.
public struct Trailer: Sendable, Equatable {
    public let key: String
    public let value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
