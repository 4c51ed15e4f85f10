import ArgumentParser
import Galley

/// The contract puts global options before the command
/// (`galley [--repo PATH] [--as PERSON] [--lang vi|en] COMMAND …`), while swift-argument-parser
/// reads options at the level that declares them. The entry point lets them stand anywhere
/// before `--`: it moves them behind the command words, where every command's
/// `GlobalOptions` group reads them. A line that does not parse is explained (a mistyped
/// command or option, with the nearest real ones); an article id may be given by a unique
/// prefix.
@main
enum Entry {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: ParsableCommand
        do {
            command = try GalleyCommand.parseAsRoot(try hoistingGlobalOptions(arguments))
        } catch {
            // Help first: asking the parser for an exit code renders the whole help once more.
            printHelpIfAsked(error)
            if GalleyCommand.exitCode(for: error) == .validationFailure, let diagnosis = UsageDiagnosis.diagnose(arguments) {
                Terminal.note(diagnosis.text(in: Terminal.language))
                GalleyCommand.exit(withError: ExitCode.validationFailure)
            }
            GalleyCommand.exit(withError: error)
        }
        // Every command but the web desk writes from this one thread.
        if !(command is GalleyCommand.Serve) { Newsroom.writeFromOneThread() }
        do {
            if var naming = command as? any NamesArticle {
                try ArticleReference.resolve(&naming)
                command = naming
            }
            try command.run()
        } catch {
            exit(for: error)
        }
    }

    /// Ends the process for `error` as the parser would, except that help (`--help`, `galley help
    /// X`, `galley` alone: exit 0) is printed with the parser's own words in the reader's language.
    static func exit(for error: any Error) -> Never {
        printHelpIfAsked(error)
        GalleyCommand.exit(withError: error)
    }

    /// When `error` is the parser's way of answering a request for help, prints that help in the
    /// reader's language and ends the process (exit 0). The parser renders a help text each time
    /// it is asked about the error, its exit code included (a third of `galley --help`'s
    /// instructions went to rendering it three times), so only its text is asked for: the
    /// parser's help alone begins with these headings, its errors with "Error: ", and the
    /// dump-help JSON and completion scripts (also exit 0) are data, left to the parser.
    private static func printHelpIfAsked(_ error: any Error) {
        let message = GalleyCommand.fullMessage(for: error)
        guard message.hasPrefix("OVERVIEW: ") || message.hasPrefix("USAGE: ") else { return }
        Terminal.print(CommandHelp.parserWords(message, in: Terminal.language))
        GalleyCommand.exit(withError: ExitCode.success)
    }

    /// The arguments with every global option (anywhere before `--`) moved right behind the
    /// command words. A command that reads no `GlobalOptions` (init, clone, the hooks) keeps
    /// `--repo` and `--as` where they were, so the parser refuses them and `UsageDiagnosis`
    /// says that command takes none; `--lang` it drops once checked (`Terminal` reads it from
    /// the command line). Without a command they are dropped: `galley` alone shows the help.
    static func hoistingGlobalOptions(_ arguments: [String]) throws(ValidationError) -> [String] {
        let (globals, rest) = GlobalArguments.split(arguments)
        guard !globals.isEmpty else { return arguments }
        // Help reads no option; hoisted behind a group (`people`), they would turn its help into
        // its default subcommand's. `--lang` still chooses the help's language (`Terminal` reads it).
        if rest.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
            for given in globals where given.name == "--lang" { try GlobalOptions.checkLanguage(given.value) }
            return rest
        }
        let (commands, consumed) = CommandTree.walk(rest)
        if CommandTree.readsGlobalOptions(CommandTree.reader(of: commands)) {
            var hoisted = rest
            hoisted.insert(contentsOf: globals.flatMap(\.words), at: consumed)
            return hoisted
        }
        for given in globals where given.name == "--lang" { try GlobalOptions.checkLanguage(given.value) }
        return commands.count == 1 ? rest : GlobalArguments.split(arguments, only: ["--lang"]).rest
    }
}
