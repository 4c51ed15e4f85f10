import Foundation
import Testing

/// Issue 13: the project's contract (docs/contract.md) names every command the
/// binary has and every JSON field it emits, so the document cannot fall behind.
@Suite("docs/contract.md documents every command and every JSON field")
struct DocsContractTests {
    static let contract: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("docs/contract.md"), encoding: .utf8)) ?? ""
    }()

    /// Subcommand names from a `--help` text's SUBCOMMANDS section.
    static func subcommands(_ help: String) -> [String] {
        guard let section = help.range(of: "SUBCOMMANDS:") else { return [] }
        return help[section.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first else { return nil }
            let name = String(word)
            return name.allSatisfy { $0.isLowercase || $0 == "-" } && name != "see" ? name : nil
        }
    }

    /// Every command path the binary has ("approve", "people key add" …), walked through `--help`.
    static func commandPaths(_ room: Newsroom) throws -> [[String]] {
        var pending: [[String]] = [[]]
        var commands: [[String]] = []
        while let path = pending.popLast() {
            let help = try room.galley(path + ["--help"])
            #expect(help.status == 0, "\(path): \(help)")
            for name in subcommands(help.stdout) where name != "help" {
                commands.append(path + [name])
                pending.append(path + [name])
            }
        }
        return commands
    }

    @Test func everyCommandIsDocumented() throws {
        let room = try Newsroom()
        #expect(!Self.contract.isEmpty, "docs/contract.md is missing")
        let commands = try Self.commandPaths(room).map { $0.joined(separator: " ") }
        #expect(commands.count >= 25, "found \(commands)")
        for command in commands {
            let documented = Self.contract.range(of: "`\(command)(\\b|`)", options: .regularExpression) != nil
                || Self.contract.range(of: "`[^`\n]*\\b\(command)\\b", options: .regularExpression) != nil
            #expect(documented, "`galley \(command)` is not in docs/contract.md")
        }
    }

    /// Every key of every object in a JSON value.
    static func keys(_ value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { $0.formUnion(keys($1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: []) { $0.formUnion(keys($1)) } }
        return []
    }

    @Test func everyJSONFieldIsDocumented() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài cho tài liệu")
        var outputs: [(String, RunResult)] = []
        func record(_ arguments: [String], as person: String? = nil) throws {
            let result = try room.galley(arguments + ["--format", "json"], as: person)
            #expect(result.status == 0, "\(arguments): \(result)")
            outputs.append((arguments.joined(separator: " "), result))
        }
        let photo = try room.writeScratch("anh.jpg", AttachmentTests.jpeg())
        try record(["attach", id, photo, "--caption", "Ảnh", "--credit", "Ảnh: PV", "--alt", "Cây cầu"], as: Newsroom.reporter)
        try record(["submit", id], as: Newsroom.reporter)
        try record(["approve", id], as: Newsroom.editor)
        try record(["list"])
        try record(["show", id])
        try record(["queue"], as: Newsroom.chief)
        try record(["queue", "--all"], as: Newsroom.editor)
        try record(["diff", id, "draft"])
        try record(["log"])
        try record(["verify"])
        try record(["people", "list"])
        try record(["search", "tài liệu"])
        try record(["workflow", "check"])
        let file = try room.writeScratch("b.md", "Nội dung.\n")
        try record(["new", "Bài thứ hai", "--body-file", file], as: Newsroom.reporter)
        var fields: Set<String> = []
        for (command, result) in outputs {
            let text = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let value = try #require(try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]),
                                     "\(command) printed no JSON: \(text)")
            fields.formUnion(Self.keys(value))
        }
        #expect(fields.count >= 15, "\(fields.sorted())")
        for field in fields.sorted() {
            #expect(Self.contract.contains("`\(field)`"), "JSON field `\(field)` is not in docs/contract.md")
        }
    }
}
