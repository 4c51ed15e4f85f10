/// The one error type of the domain. Its `kind` decides the process exit code
/// (design §6): a refusal or invalid input writes nothing and exits 3, an
/// unknown name or a broken repository exits 1.
public struct GalleyError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The workflow or a permission forbids the step; nothing was written.
        case refused
        /// The input itself is unusable (bad UTF-8, empty title, malformed YAML, hand-edited protected field).
        case invalidInput
        /// An article, person, revision or file that does not exist.
        case notFound
        /// I/O, git, corrupt data, a lock not released in time.
        case failure
    }

    public let kind: Kind
    /// One line a person can act on (English).
    public let message: String
    /// The facts behind the message, when the catalog can say it in every language.
    public let detail: Message?

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
        detail = nil
    }

    public init(_ kind: Kind, _ detail: Message) {
        self.kind = kind
        message = detail.english
        self.detail = detail
    }

    /// A refusal (exit 3) from the catalog.
    public init(refusal: Message) { self.init(.refused, refusal) }

    /// The line for a person reading `language`.
    public func text(in language: Language) -> String {
        detail.map { Catalog.render($0, in: language) } ?? message
    }

    public static func refused(_ message: String) -> GalleyError { GalleyError(.refused, message) }
    public static func invalidInput(_ message: String) -> GalleyError { GalleyError(.invalidInput, message) }
    public static func notFound(_ message: String) -> GalleyError { GalleyError(.notFound, message) }
    public static func failure(_ message: String) -> GalleyError { GalleyError(.failure, message) }

    /// Exit code per the contract: 3 for refusals and invalid input, 1 otherwise.
    public var exitCode: Int32 { status.rawValue }

    public var status: ExitStatus {
        switch kind {
        case .refused, .invalidInput: .refused
        case .notFound, .failure: .failure
        }
    }

    public var description: String { message }
}
