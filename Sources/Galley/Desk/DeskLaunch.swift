import Foundation

/// What `galley serve` hands to the `galley-desk` program it becomes (by `execv`, so the
/// process, its id and its terminal stay the same): the settings it checked and the language
/// its terminal speaks, as one JSON argument. The desk is a program of its own so that every
/// other command starts without the web server's libraries: the Swift runtime walks all
/// protocol conformance records of a binary at each first type lookup, and the server's
/// stack held a fifth of them (issue 15, Benchmarks/README.md).
public struct DeskLaunch: Sendable, Codable, Equatable {
    /// The program's file name, beside `galley`.
    public static let programName = "galley-desk"
    /// The first argument `galley serve` gives it; anything else is a person starting it by hand.
    public static let launchFlag = "--launched-by-galley-serve"

    public var configuration: DeskConfiguration
    /// The language of what the desk prints on the terminal (the pages choose their own).
    public var terminalLanguage: Language

    public init(configuration: DeskConfiguration, terminalLanguage: Language) {
        self.configuration = configuration
        self.terminalLanguage = terminalLanguage
    }

    /// The program's arguments after its name.
    public func arguments() -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return [Self.launchFlag, json]
    }

    /// The launch `galley serve` described, or nil for arguments it did not write.
    public init?(arguments: [String]) {
        guard arguments.count == 2, arguments[0] == Self.launchFlag,
            let launch = try? JSONDecoder().decode(DeskLaunch.self, from: Data(arguments[1].utf8))
        else { return nil }
        self = launch
    }

    /// The `galley-desk` beside the running `galley` (symbolic links followed, as installed).
    public static func programBeside(executable: String) -> String {
        let resolved = (try? FileManager.default.destinationOfSymbolicLink(atPath: executable)).map { target in
            target.hasPrefix("/") ? target : URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(target).path
        } ?? executable
        return URL(fileURLWithPath: resolved).deletingLastPathComponent().appendingPathComponent(programName).path
    }
}

extension Language: Codable {}
