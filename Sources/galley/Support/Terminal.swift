import ArgumentParser
import Foundation
import Galley

/// The executable's only contact with the terminal: results on stdout,
/// errors and notices on stderr, and the contract's exit codes. Text goes
/// through `TerminalText.clean` on its way out; JSON is exact (its strings
/// escape every control character themselves).
enum Terminal {
    /// Text for a person (or a CSV file): cleaned of control and bidirectional characters.
    static func print(_ text: String) {
        write(TerminalText.clean(text))
    }

    /// Lines for a person or a file (a CSV table), each cleaned as `print` does, in one write
    /// rather than one a line.
    static func print(lines: [String]) {
        print(lines.joined(separator: "\n"))
    }

    /// JSON, exactly as rendered: cleaning would change the values it carries. Written as it is
    /// rendered, in pieces, so a 20,000-row listing is never one 16 MB buffer.
    static func print(json value: JSONValue, pretty: Bool = true) {
        value.writeUTF8(pretty: pretty) { writeOut($0) }
        writeOut([UInt8(0x0A)])
    }

    /// A pretty JSON array of `items`, each written into the writer by `writeItem` as its turn
    /// comes (`JSONWriter.writeArray`): a listing's articles go straight to bytes, in pieces.
    static func print<Items: Sequence>(jsonArray items: Items, _ writeItem: (Items.Element, inout JSONWriter) -> Void) {
        JSONWriter.writeArray(items, { writeOut($0) }, item: writeItem)
        writeOut([UInt8(0x0A)])
    }

    /// One pretty JSON value written by `write` (`show`'s article).
    static func print(jsonWrittenBy write: (inout JSONWriter) -> Void) {
        var writer = JSONWriter()
        write(&writer)
        var bytes = writer.take()
        bytes.append(0x0A)
        writeOut(bytes)
    }

    /// Text whose user parts the caller already cleaned and which holds Galley's own
    /// escape sequences (the diff's colours), so cleaning it again would strip them.
    static func printStyled(_ text: String) {
        write(text)
    }

    /// A document meant for a file (`conflicts show > bai.md`, `people allowed-signers > signers`):
    /// byte for byte when redirected, since it is read back; cleaned when it reaches a terminal.
    static func document(_ text: String) {
        let shown = isatty(STDOUT_FILENO) == 1 ? TerminalText.clean(text) : text
        FileHandle.standardOutput.write(Data(shown.utf8))
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data(("galley: " + TerminalText.clean(text) + "\n").utf8))
    }

    private static func write(_ line: String) {
        var line = line
        line.append("\n")
        line.withUTF8 { writeOut($0) }
    }

    /// Writes all of `bytes` to stdout with write(2), without a copy into `Data` (a 20,000-row
    /// listing is megabytes). Stops at an error other than an interruption, as a closed pipe
    /// ends the output anyway.
    private static func writeOut<Bytes: ContiguousBytes>(_ bytes: Bytes) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(STDOUT_FILENO, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    /// Runs a command body; a `GalleyError` becomes one line on stderr and its exit code (1 or 3).
    static func run(_ body: () throws(GalleyError) -> Void) throws {
        do {
            try body()
        } catch {
            // What a person should know (rules not in force, a stale lock cleared) comes before the refusal.
            for newsroom in OpenedNewsrooms.all { notices(newsroom) }
            note(error.text(in: language))
            throw ExitCode(error.exitCode)
        }
        for newsroom in OpenedNewsrooms.all { notices(newsroom) }
    }

    /// What a command has printed and will not read again, left for the process's end to take
    /// back whole, as compilers do with their trees: freeing 20,000 articles one string at a time
    /// after a long listing was ~4% of it (issue 15). Only the command-line process does this; it
    /// ends when the command does.
    static func leaveToExit(_ value: Any) {
        leftToExit.append(value)
    }

    /// Written from the main thread only, by the one command that runs.
    nonisolated(unsafe) private static var leftToExit: [Any] = []

    /// The language of what a person reads (design: `--lang`, `GALLEY_LANG`, the locale, galley.yaml).
    /// Resolved when first needed, so a command that never speaks never reads galley.yaml for it.
    static var language: Language {
        Language.resolve(flag: languageFlagGiven, environment: environment, configured: OpenedNewsrooms.all.first?.configuredLanguage)
    }

    /// The variables that choose the language, read once: `ProcessInfo.environment` builds a new
    /// dictionary of every variable on every call, and building the command tree asks for the
    /// language once per command (54 times in one `approve`: 21 M of its 82 M instructions, by
    /// callgrind); even once it was ~0.9 M of `galley --version`'s 16.5 M.
    static let environment: [String: String] = {
        var values: [String: String] = [:]
        for name in Language.environmentVariables {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }()
    private static let languageFlagGiven = languageFlag(CommandLine.arguments)

    /// `--lang X` or `--lang=X` anywhere before `--`.
    static func languageFlag(_ arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return nil }
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        }
        return nil
    }

    /// Table header words in `language`.
    static func words(_ labels: [Label], in language: Language) -> [String] { labels.map { Catalog.render($0, in: language) } }

    /// Prints the newsroom's notices once (they are taken, so a later call prints only new ones).
    static func notices(_ newsroom: Newsroom) {
        for notice in newsroom.takeNotices() { note(Catalog.render(notice, in: language)) }
    }

    /// Reads a text file given on the command line (`-` = standard input), strictly as UTF-8.
    static func readText(_ path: String, what: LookupMessage.GivenFile) throws(GalleyError) -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw GalleyError(.notFound, .lookup(.givenFileNotRead(kind: what, path: path)))
            }
            data = contents
        }
        return try TextInput.decode(data, what: path == "-" ? "standard input" : path)
    }

    /// Pads to a width counted in characters (NFC Vietnamese letters are one each), cleaned first
    /// so the width is that of what is shown.
    static func pad(_ text: String, _ width: Int) -> String {
        let text = TerminalText.clean(text, multiline: false)
        let count = TerminalText.characterCount(text)
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    /// An aligned table: columns as wide as their widest cell, the last one unpadded.
    /// Cells are cleaned to one line each before they are measured, so a hostile title can neither
    /// reach the terminal raw nor break the row.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        TextTable.render(header, rows)
    }

    /// Prints `table(header, rows)` and a newline, as its bytes: every cell of it is cleaned
    /// already, so it is not cleaned again, nor made a `String` (issue 15).
    static func printTable(_ header: [String], _ rows: [[String]]) {
        var bytes = TextTable.utf8(header, rows)
        bytes.append(0x0A)
        writeOut(bytes)
        leaveToExit(rows)
    }
}
