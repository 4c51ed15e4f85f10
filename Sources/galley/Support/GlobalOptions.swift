import ArgumentParser
import Foundation
import Galley

/// Options every command takes: where the newsroom is, who is acting, and in which language.
/// `Entry` lets them stand anywhere before `--`, before the command too.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: Help.argument("The newsroom repository (work tree or git dir, bare works too). Default: found from the current directory upwards, like git.", valueName: "path"))
    var repo: String?

    @Option(name: .customLong("as"), help: Help.argument("The person acting, by id from people.yaml. Default: $GALLEY_USER, else the person whose email is git's user.email (work trees only).", valueName: "person"))
    var actor: String?

    @Option(help: Help.argument("Language of messages: vi or en (default: $GALLEY_LANG, the locale, then galley.yaml's language)", valueName: "language"))
    var lang: String?

    /// The languages `--lang` takes.
    static let languages = Language.allCases.map(\.rawValue)

    /// `--lang` (checked by `validate`), or nil: then $GALLEY_LANG, the locale and galley.yaml decide.
    var language: Language? { lang.flatMap { Language(rawValue: $0.lowercased()) } }

    mutating func validate() throws {
        if let lang { try Self.checkLanguage(lang) }
    }

    /// A usage error (exit 64) unless `value` is one of `languages`.
    static func checkLanguage(_ value: String) throws(ValidationError) {
        guard !languages.contains(value.lowercased()) else { return }
        // The language asked for is the one in doubt: say it in both.
        let message = Message.usage(.unknownLanguage(given: value, languages: languages))
        throw ValidationError("\(Catalog.render(message, in: .en)) (\(Catalog.render(message, in: .vi)))")
    }

    /// --as, else GALLEY_USER; nil lets the library fall back to user.email.
    var actorID: String? {
        if let actor { return actor }
        if let fromEnvironment = ProcessInfo.processInfo.environment["GALLEY_USER"], !fromEnvironment.isEmpty { return fromEnvironment }
        return nil
    }

    /// The newsroom `--repo` names (or found from the current directory), opened once per
    /// process: resolving an id prefix before a command runs and the command itself share it.
    func open() throws(GalleyError) -> Newsroom {
        if let opened = OpenedNewsrooms.byRepo[repo] { return opened }
        let newsroom = try Newsroom.open(path: repo, currentDirectory: FileManager.default.currentDirectoryPath)
        OpenedNewsrooms.all.append(newsroom)
        OpenedNewsrooms.byRepo[repo] = newsroom
        return newsroom
    }
}

/// `--format text|json` for reading and write commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--format` for the commands that list articles (`list`, `queue`, `search`).
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// `--format` for `log`, which also streams `jsonl` and `csv`.
enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, csv
}

/// The newsrooms this process opened, so `Terminal.run` can print their notices
/// whether the command succeeded or was refused. The executable runs one command
/// on one thread, hence the unchecked global.
enum OpenedNewsrooms {
    nonisolated(unsafe) static var all: [Newsroom] = []
    /// The same newsrooms by the `--repo` they were opened with (nil: found from the current directory).
    nonisolated(unsafe) static var byRepo: [String?: Newsroom] = [:]
}
