/// Why a step is not legal: the rule it breaks (as `verify` names it) and one line for people.
public struct StepRefusal: Error, Sendable, Equatable {
    public var rule: Violation.Rule
    /// English: verify's violations are an interface.
    public var message: String
    /// The facts, for a person reading another language.
    public var detail: Message?

    public init(_ rule: Violation.Rule, _ message: String) {
        self.rule = rule
        self.message = message
        detail = nil
    }

    public init(_ rule: Violation.Rule, _ detail: Message) {
        self.rule = rule
        message = detail.english
        self.detail = detail
    }

    /// For the writer: exit 3, nothing written.
    var error: GalleyError {
        let kind: GalleyError.Kind = rule == .invalidContent ? .invalidInput : .refused
        return detail.map { GalleyError(kind, $0) } ?? GalleyError(kind, message)
    }
}
