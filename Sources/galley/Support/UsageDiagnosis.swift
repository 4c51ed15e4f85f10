import ArgumentParser
import Foundation
import Galley

/// What a command line that did not parse got wrong, said so a person can fix it: a
/// mistyped command or option with the nearest real ones, or a global option given to
/// a command that takes none. Asked only after swift-argument-parser refused the line
/// (exit 64); nil leaves its own message.
enum UsageDiagnosis: Equatable {
    case unknownCommand(word: String, under: [String], suggestions: [String])
    case unknownOption(option: String, command: [String], suggestions: [String])
    case globalNotTaken(option: String, command: [String])

    /// The diagnosis of `arguments` (the command line without the program's name).
    static func diagnose(_ arguments: [String]) -> UsageDiagnosis? {
        let (globals, words) = GlobalArguments.split(arguments)
        let before = words.firstIndex(of: "--").map { Array(words[..<$0]) } ?? words
        let (commands, consumed) = CommandTree.walk(before)
        let path = commands.map(CommandTree.name(of:))
        let last = commands.last ?? CommandTree.root

        // A word where a subcommand belongs that names none.
        if consumed < before.count, !last.configuration.subcommands.isEmpty {
            let word = before[consumed]
            let defaultTakesWords = last.configuration.defaultSubcommand.map { ArgumentList.of($0).hasPositionals } ?? false
            if !word.hasPrefix("-"), !(commands.count == 1 && word == "help"), !defaultTakesWords {
                let names = CommandTree.subcommandNames(of: last) + (commands.count == 1 ? ["help"] : [])
                return .unknownCommand(word: word, under: path, suggestions: Suggestions.nearest(word, among: names))
            }
        }

        // A global option for a command that works on no newsroom (init, clone, the hooks);
        // `--lang` they take (`Entry` checks it and leaves it to `Terminal`).
        let reader = CommandTree.reader(of: commands)
        let readerPath = ObjectIdentifier(reader) == ObjectIdentifier(last) ? path : path + [CommandTree.name(of: reader)]
        if commands.count > 1, let given = globals.first(where: { $0.name != "--lang" }), !CommandTree.readsGlobalOptions(reader) {
            return .globalNotTaken(option: given.name, command: readerPath)
        }

        // An option the command that reads it does not declare.
        let list = ArgumentList.of(reader)
        var index = consumed
        while index < before.count {
            let word = before[index]
            index += 1
            guard word.count > 1, word.hasPrefix("-"), Double(word) == nil else { continue }
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            if let option = list.option(named: name) {
                if option.takesValue, !word.contains("=") { index += 1 }
                continue
            }
            // -abc: short flags together.
            if !name.hasPrefix("--"), name.dropFirst().allSatisfy({ list.option(named: "-\($0)") != nil }) { continue }
            if GlobalArguments.names.contains(name) {
                return .globalNotTaken(option: name, command: readerPath)
            }
            return .unknownOption(option: name, command: readerPath, suggestions: Suggestions.nearest(name, among: list.longNames))
        }
        return nil
    }

    /// One line (without the `galley: ` that `Terminal.note` puts before it), from the one catalog.
    func text(in language: Language) -> String { Catalog.render(message, in: language) }

    var message: Message {
        switch self {
        case let .unknownCommand(word, under, suggestions):
            let prefix = Array(under.dropFirst())
            return .unknownCommand(
                typed: (prefix + [word]).joined(separator: " "), suggestions: suggestions.map { (prefix + [$0]).joined(separator: " ") },
                help: Self.help(under))
        case let .unknownOption(option, command, suggestions):
            return .unknownOption(option: option, command: command.joined(separator: " "), suggestions: suggestions, help: Self.help(command))
        case let .globalNotTaken(option, command):
            return .globalOptionNotTaken(option: option, command: command.joined(separator: " "), help: Self.help(command))
        }
    }

    private static func help(_ command: [String]) -> String { (command + ["--help"]).joined(separator: " ") }
}

/// A command's options and arguments as swift-argument-parser describes them
/// (`_dumpHelp`, its tool-info JSON), read only to diagnose a line it refused.
struct ArgumentList {
    struct Option {
        var names: [String]
        var takesValue: Bool
    }

    var options: [Option]
    var hasPositionals: Bool

    func option(named name: String) -> Option? { options.first { $0.names.contains(name) } }

    var longNames: [String] { options.flatMap { $0.names.filter { $0.hasPrefix("--") } } }

    static func of(_ command: ParsableCommand.Type) -> ArgumentList {
        guard let tool = try? JSONDecoder().decode(Tool.self, from: Data(command._dumpHelp().utf8)) else {
            return ArgumentList(options: [], hasPositionals: false)
        }
        let arguments = tool.command.arguments ?? []
        return ArgumentList(
            options: arguments.filter { $0.kind != "positional" }.map { argument in
                Option(
                    names: (argument.names ?? []).map { $0.kind == "long" ? "--" + $0.name : "-" + $0.name },
                    takesValue: argument.kind == "option")
            },
            hasPositionals: arguments.contains { $0.kind == "positional" })
    }

    private struct Tool: Decodable { var command: Command }
    private struct Command: Decodable { var arguments: [Argument]? }
    private struct Argument: Decodable {
        var kind: String
        var names: [Name]?
    }
    private struct Name: Decodable {
        var kind: String
        var name: String
    }
}
