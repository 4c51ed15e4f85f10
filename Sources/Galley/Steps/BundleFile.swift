import Foundation

/// A file of the article's folder a step writes (data) or removes (nil), besides `index.md`.
public struct BundleFile: Sendable, Equatable {
    public var path: String
    public var data: Data?

    public init(path: String, data: Data?) {
        self.path = path
        self.data = data
    }
}
