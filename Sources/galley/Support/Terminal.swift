import ArgumentParser
import Foundation
import Galley

/// The executable's only contact with the terminal: results on stdout,
/// errors and notices on stderr, and the contract's exit codes.
enum Terminal {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data(("galley: " + text + "\n").utf8))
    }

    /// Runs a command body; a `GalleyError` becomes one line on stderr and its exit code (1 or 3).
    static func run(_ body: () throws(GalleyError) -> Void) throws {
        do {
            try body()
        } catch {
            note(error.message)
            throw ExitCode(error.exitCode)
        }
    }

    static func notices(_ newsroom: Newsroom) {
        for notice in newsroom.notices { note(notice) }
    }

    /// Reads a text file given on the command line (`-` = standard input), strictly as UTF-8.
    static func readText(_ path: String, what: String) throws(GalleyError) -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw .notFound("cannot read \(what) \(path): no such readable file")
            }
            data = contents
        }
        return try TextInput.decode(data, what: path == "-" ? "standard input" : path)
    }

    /// Pads to a width counted in characters (NFC Vietnamese letters are one each).
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// An aligned table: columns as wide as their widest cell, the last one unpadded.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { $0 == row.count - 1 ? row[$0] : pad(row[$0], widths[$0]) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }
}
