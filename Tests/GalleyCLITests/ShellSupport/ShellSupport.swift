import Foundation
import Testing

/// What the completion and manual tests share: the package's scripts, the tools built beside
/// galley, the command paths the binary has (walked through `--help`, as the docs test does).
enum ShellSupport {
    /// The package root (where `scripts/` is), from this file's place in Tests/.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func script(_ name: String) -> URL { packageRoot.appendingPathComponent("scripts").appendingPathComponent(name) }

    /// A product built beside galley (`swift build` builds them all), e.g. galley-manual.
    static func builtTool(_ name: String) throws -> URL {
        let url = try GalleyBinary.url().deletingLastPathComponent().appendingPathComponent(name)
        try #require(FileManager.default.isExecutableFile(atPath: url.path), "\(name) is not built beside galley: run `swift build`")
        return url
    }

    /// Every command path of the binary, parents before children ("people", "people key", "people key add" …).
    static func commandPaths(_ room: Newsroom) throws -> [[String]] {
        try DocsContractTests.commandPaths(room).sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The top-level commands `galley --help` lists.
    static func topLevelCommands(_ room: Newsroom) throws -> [String] {
        let help = try room.galley(["--help"])
        #expect(help.status == 0, "\(help)")
        return DocsContractTests.subcommands(help.stdout).filter { $0 != "help" }
    }

    /// Runs a program from the room's scratch folder in its environment plus `extra`.
    static func run(_ program: String, _ arguments: [String], in room: Newsroom, environment extra: [String: String?] = [:]) throws -> RunResult {
        var environment = room.environment
        for (key, value) in extra { environment[key] = value }
        return try runProgram(URL(fileURLWithPath: "/usr/bin/env"), [program] + arguments, in: room.scratch, environment: environment, scratch: room.scratch)
    }
}
