import ArgumentParser

/// The global options (`GlobalOptions`) as they appear on a command line: `--repo PATH`,
/// `--as PERSON`, `--lang vi|en`, or `--NAME=VALUE`, anywhere before `--`.
enum GlobalArguments {
    static let names: [String] = ["--repo", "--as", "--lang"]

    /// One global option as given: its words (`--as X`, or `--as=X`), its name and its value.
    struct Given {
        var words: [String]
        var name: String
        var value: String
    }

    /// The arguments with every global option (of `names`) taken out (`rest`, which keeps `--`
    /// and what follows it as they are), and the global options taken, in order.
    static func split(_ arguments: [String], only names: [String] = GlobalArguments.names) -> (globals: [Given], rest: [String]) {
        var globals: [Given] = []
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            if names.contains(argument), index + 1 < arguments.count, arguments[index + 1] != "--" {
                globals.append(Given(words: [argument, arguments[index + 1]], name: argument, value: arguments[index + 1]))
                index += 2
            } else if let equals = argument.firstIndex(of: "="), names.contains(String(argument[..<equals])) {
                globals.append(Given(words: [argument], name: String(argument[..<equals]), value: String(argument[argument.index(after: equals)...])))
                index += 1
            } else {
                rest.append(argument)
                index += 1
            }
        }
        return (globals, rest)
    }
}

/// Galley's commands as a tree, from `GalleyCommand.configuration`: no list of names
/// is kept by hand.
enum CommandTree {
    static let root: ParsableCommand.Type = GalleyCommand.self

    static func name(of command: ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }

    /// Every name a subcommand of `command` answers to (aliases included).
    static func subcommandNames(of command: ParsableCommand.Type) -> [String] {
        command.configuration.subcommands.flatMap { [name(of: $0)] + $0.configuration.aliases }
    }

    static func subcommand(_ word: String, of command: ParsableCommand.Type) -> ParsableCommand.Type? {
        command.configuration.subcommands.first { name(of: $0) == word || $0.configuration.aliases.contains(word) }
    }

    /// The commands the leading words name: `people key add …` → [galley, people, key, add],
    /// and how many words that took. Stops at the first word that names no subcommand.
    static func walk(_ words: [String]) -> (commands: [ParsableCommand.Type], consumed: Int) {
        var commands = [root]
        var consumed = 0
        while consumed < words.count, let last = commands.last, let next = subcommand(words[consumed], of: last) {
            commands.append(next)
            consumed += 1
        }
        return (commands, consumed)
    }

    /// The command that reads the options after `commands`: the last one, or its default subcommand.
    static func reader(of commands: [ParsableCommand.Type]) -> ParsableCommand.Type {
        let last = commands.last ?? root
        return last.configuration.defaultSubcommand ?? last
    }

    /// Whether the command reads `GlobalOptions`: every command that runs on its own does,
    /// except those marked `WorksOnNoNewsroom`; a group of commands with no default one
    /// (`galley people key`, `galley config`) reads no options at all.
    static func readsGlobalOptions(_ type: ParsableCommand.Type) -> Bool {
        !(type is any WorksOnNoNewsroom.Type) && type.configuration.subcommands.isEmpty
    }

    /// `galley people add`.
    static func spelled(_ commands: [ParsableCommand.Type]) -> String {
        commands.map(name(of:)).joined(separator: " ")
    }
}
