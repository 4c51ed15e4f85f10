/// Command lines that parse but do not make sense together (a usage error, exit 64): options
/// that go together or exclude each other, values of the wrong form. The executable checks
/// them; the words are here so they come in both languages.
public enum UsageMessage: Sendable, Equatable {
    case limitTooSmall(given: Int)
    case unknownLanguage(given: String, languages: [String])
    case photoOptionsGoTogether
    case photoDetailsNeedPhoto
    case untilOrLift
    case titleOrFromText
    case bodyFileOrFromText
    case passwordNeedsStdin
    case loginOrClear
    case proxyHeaderNeedsAddress
    case badProxyHeader(given: String)
    case badProxyAddress(given: String)
    case badListenAddress(given: String)
}
