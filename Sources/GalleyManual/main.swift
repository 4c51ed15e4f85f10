import Foundation

/// `galley-manual [--galley PATH] [--date "Month D, YYYY"]`: prints galley(1), the man page,
/// generated from the command definitions themselves — it runs the galley binary with
/// swift-argument-parser's `--experimental-dump-help` and renders that tree (`ManualPage`),
/// so the page cannot drift from the commands. swift-argument-parser's own generate-manual
/// plugin drops every character outside ASCII (Vietnamese names and labels would lose their
/// letters) and builds every product of the package first; this one reads one binary.
/// The page is in English: `--help` and the catalog carry the Vietnamese.
enum Main {
    static func run() -> Int32 {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var galley = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("galley").path
        var date = defaultDate()
        while !arguments.isEmpty {
            let option = arguments.removeFirst()
            guard !arguments.isEmpty, ["--galley", "--date"].contains(option) else {
                return fail("usage: galley-manual [--galley PATH] [--date \"Month D, YYYY\"]")
            }
            let value = arguments.removeFirst()
            if option == "--galley" { galley = value } else { date = value }
        }
        let dump: Data
        do {
            dump = try helpDump(of: galley)
        } catch {
            return fail("could not run \(galley) --experimental-dump-help: \(error)")
        }
        let tool: ToolInfo
        do {
            tool = try JSONDecoder().decode(ToolInfo.self, from: dump)
        } catch {
            return fail("\(galley) --experimental-dump-help printed what this generator cannot read: \(error)")
        }
        guard tool.serializationVersion == 0 else {
            return fail("help dump version \(tool.serializationVersion) is newer than this generator reads (0): update Sources/GalleyManual")
        }
        FileHandle.standardOutput.write(Data(ManualPage(tool: tool.command, date: date).rendered().utf8))
        return 0
    }

    /// The binary's own description of its commands, in English.
    static func helpDump(of galley: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: galley)
        process.arguments = ["--experimental-dump-help"]
        var environment = ProcessInfo.processInfo.environment
        environment["GALLEY_LANG"] = "en"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw DumpFailed(status: process.terminationStatus) }
        return data
    }

    struct DumpFailed: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "exit \(status)" }
    }

    /// `SOURCE_DATE_EPOCH` when set (reproducible builds), else today, as mdoc's `.Dd` writes it.
    static func defaultDate() -> String {
        let environment = ProcessInfo.processInfo.environment
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "MMMM d, yyyy"
        return formatter.string(from: date)
    }

    static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data(("galley-manual: " + message + "\n").utf8))
        return 1
    }
}

exit(Main.run())
