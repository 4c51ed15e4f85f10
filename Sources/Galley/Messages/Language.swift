/// The language a person reads Galley in. JSON, CSV and commit trailers are
/// interfaces and stay English whatever this says.
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    /// The variables `resolve` reads, and nothing else: a program can read just these (`getenv`)
    /// instead of the whole environment into a dictionary (~5% of `galley --version`).
    public static let environmentVariables = [choiceVariable] + localeVariables
    private static let choiceVariable = "GALLEY_LANG"
    private static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// `--lang`, else `GALLEY_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first set
    /// one decides; `C`/`POSIX` mean English), else galley.yaml's `language`, else Vietnamese —
    /// the newsrooms Galley is made for.
    public static func resolve(flag: String?, environment: [String: String], configured: String?) -> Language {
        if let flag, let language = Language(code: flag) { return language }
        if let chosen = environment[choiceVariable], let language = Language(code: chosen) { return language }
        for key in localeVariables {
            guard let locale = environment[key], !locale.isEmpty else { continue }
            if let language = Language(locale: locale) { return language }
            break  // a locale is set, in a language Galley does not speak: the newsroom's setting decides
        }
        if let configured, let language = Language(code: configured) { return language }
        return .vi
    }

    /// `vi`, `en`, `vi_VN`, `en-US` …
    public init?(code: String) {
        let prefix = code.lowercased().prefix(2)
        guard let language = Language(rawValue: String(prefix)), code.count == 2 || "_-.".contains(code[code.index(code.startIndex, offsetBy: 2)])
        else { return nil }
        self = language
    }

    /// A POSIX locale such as `vi_VN.UTF-8`, `C.UTF-8` or `POSIX`.
    init?(locale: String) {
        let name = locale.split(separator: ".").first.map(String.init) ?? locale
        if name == "C" || name == "POSIX" {
            self = .en
            return
        }
        self.init(code: name)
    }
}
