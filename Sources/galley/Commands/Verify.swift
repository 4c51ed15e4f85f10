import ArgumentParser
import Galley

extension GalleyCommand {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: Help.text("Replay the history and check every step against the rules in force at its time."),
            discussion: Help.discussion(.verify))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.argument("Trust this commit and check only what came after it.")) var since: String?
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            var failed = false
            try Terminal.run { () throws(GalleyError) in
                let report = try global.open().verify(since: since)
                failed = !report.ok
                switch format {
                case .json:
                    Terminal.print(json: JSONValue.object([
                        ("ok", .bool(report.ok)),
                        ("commits", .number(report.commits)),
                        ("violations", .array(report.violations.map {
                            .object([("commit", .string($0.commit)), ("article", .optional($0.article)),
                                     ("rule", .string($0.rule.rawValue)), ("message", .string($0.message))])
                        })),
                    ]))
                case .text:
                    // The reader's language; the JSON above keeps the English sentence (an interface).
                    for violation in report.violations {
                        Terminal.print(violation.line(in: Terminal.language))
                    }
                    let verdict: SyncMessage = report.ok
                        ? .verifiedClean(commits: report.commits)
                        : .verifiedViolations(violations: report.violations.count, commits: report.commits)
                    Terminal.print(Catalog.render(.sync(verdict), in: Terminal.language))
                }
            }
            if failed { throw ExitCode(ExitStatus.violations.rawValue) }
        }
    }
}
