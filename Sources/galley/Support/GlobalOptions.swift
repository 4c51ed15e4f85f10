import ArgumentParser
import Foundation
import Galley

/// Options every command takes: where the newsroom is and who is acting.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The newsroom repository (work tree or git dir, bare works too). Default: found from the current directory upwards, like git.", valueName: "path"))
    var repo: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("The person acting, by id from people.yaml. Default: $GALLEY_USER, else the person whose email is git's user.email (work trees only).", valueName: "person"))
    var actor: String?

    /// --as, else GALLEY_USER; nil lets the library fall back to user.email.
    var actorID: String? {
        if let actor { return actor }
        if let fromEnvironment = ProcessInfo.processInfo.environment["GALLEY_USER"], !fromEnvironment.isEmpty { return fromEnvironment }
        return nil
    }

    func open() throws(GalleyError) -> Newsroom {
        let newsroom = try Newsroom.open(path: repo, currentDirectory: FileManager.default.currentDirectoryPath)
        OpenedNewsrooms.all.append(newsroom)
        return newsroom
    }
}

/// `--format text|json` for reading and write commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
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
}
