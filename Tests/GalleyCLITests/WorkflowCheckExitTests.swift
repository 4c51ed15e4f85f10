import Foundation
import Testing

/// `workflow check FILE` on a file that is no workflow at all reports it as the
/// check's finding (exit 4, DESIGN §6), with its line, instead of refusing (3).
@Suite("workflow check: unparsable files exit 4")
struct WorkflowCheckExitTests {
    struct Unparsable: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        /// Words the error must hold, and its line.
        var words: [String]
        var line: Int
        var testDescription: String { name }
    }

    static let cases = [
        Unparsable(name: "YAML syntax error", text: "version: 1\nname: thu-nghiem\nroles: [reporter\nstates: {}\n",
                   words: ["YAML"], line: 4),
        Unparsable(name: "not a mapping", text: "- version: 1\n- name: thu-nghiem\n", words: ["mapping"], line: 1),
        Unparsable(name: "unknown top-level key", text: "version: 1\nname: thu-nghiem\ncolour: red\n",
                   words: ["unknown key", "colour"], line: 3),
        Unparsable(name: "wrong version", text: "version: 2\nname: thu-nghiem\n", words: ["version 2", "not supported"], line: 1),
    ]

    @Test("text: exit 4 and one error line naming the file and line", arguments: cases)
    func text(_ c: Unparsable) throws {
        let room = try Newsroom(staff: [])
        let file = try room.writeScratch("bad.yaml", c.text)
        let result = try room.galley(["workflow", "check", file])
        #expect(result.status == 4, "\(c.name): \(result)")
        let errors = (result.stdout + result.stderr).split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(errors.count == 1, "\(result)")
        let error = try #require(errors.first)
        #expect(error.contains("\(file):\(c.line):"), "\(result)")
        for word in c.words { #expect(error.contains(word), "\(c.name): \(word) missing: \(result)") }
    }

    @Test("json: exit 4, ok false, workflow null, the problem with its line", arguments: cases)
    func json(_ c: Unparsable) throws {
        let room = try Newsroom(staff: [])
        let file = try room.writeScratch("bad.yaml", c.text)
        let result = try room.galley(["workflow", "check", file, "--format", "json"])
        #expect(result.status == 4, "\(c.name): \(result)")
        let object = try jsonObject(result)
        #expect(object["ok"] as? Bool == false)
        #expect(isNull(object, "workflow"), "\(result.stdout)")
        let problems = try #require(object["problems"] as? [[String: Any]])
        #expect(problems.count == 1, "\(result.stdout)")
        #expect(string(problems[0], "severity") == "error")
        #expect((problems[0]["line"] as? NSNumber)?.intValue == c.line, "\(result.stdout)")
        for word in c.words { #expect(string(problems[0], "message")?.contains(word) == true, "\(result.stdout)") }
    }

    /// Reading the file is not the check's finding: a missing file stays a failure (1).
    @Test("a file that does not exist: exit 1")
    func missingFile() throws {
        let room = try Newsroom(staff: [])
        let result = try room.galley(["workflow", "check", room.scratch.appendingPathComponent("khong-co.yaml").path])
        #expect(result.status == 1, "\(result)")
    }
}
