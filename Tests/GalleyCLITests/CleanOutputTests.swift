import Foundation
import Testing

/// Text output and CSV carry no control characters or escape sequences, and show
/// bidirectional controls as visible codes; JSON keeps the exact text (it escapes
/// control characters itself). A note or title is anyone's input.
@Suite("Clean terminal and CSV output")
struct CleanOutputTests {
    static let escape = "\u{1B}[31m"
    static let override = "\u{202E}"
    static let title = "Giá xăng \u{202E}tăng\u{202C} mạnh"
    static let note = "Sai số liệu \u{1B}[31mđỏ\u{1B}[0m, kiểm tra lại"

    /// An article whose title holds U+202E, rejected with a note holding ESC sequences,
    /// then revised by the editor with a body holding U+202E.
    static func arrange() throws -> (Newsroom, String) {
        let room = try Newsroom()
        let id = try room.newArticle(title)
        try room.steps(id, [("submit", Newsroom.reporter)])
        try room.ok(["reject", id, "-m", note], as: Newsroom.editor)
        try room.steps(id, [("submit", Newsroom.reporter)])
        let body = try room.writeScratch("sua.md", "Nội dung \(override)đã sửa\(override) bởi biên tập viên.\n")
        try room.ok(["save", id, "--body-file", body], as: Newsroom.editor)
        return (room, id)
    }

    /// The raw bytes must not hold ESC (nor any C0 but tab/newline, DEL, C1) or U+202E.
    static func expectClean(_ result: RunResult, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 0, "\(what): \(result)", sourceLocation: sourceLocation)
        let text = result.stdout
        let bad = text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x09, 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
            default: false
            }
        }
        #expect(bad.isEmpty, "\(what) printed \(bad.map { String($0.value, radix: 16) }):\n\(text)", sourceLocation: sourceLocation)
        #expect(!result.stdoutData.contains(0x1B), "\(what) printed ESC", sourceLocation: sourceLocation)
        #expect(result.stdoutData.range(of: Data(override.utf8)) == nil, "\(what) printed a raw U+202E", sourceLocation: sourceLocation)
    }

    @Test("log, list and show text, log csv: no ESC, no raw U+202E, the codes shown instead")
    func textAndCSV() throws {
        let (room, id) = try Self.arrange()

        let log = try room.galley(["log", id])
        Self.expectClean(log, "log")
        #expect(log.stdout.contains("<U+001B>[31m"), "log shows the escape visibly:\n\(log.stdout)")

        let all = try room.galley(["log"])
        Self.expectClean(all, "log (all)")

        let list = try room.galley(["list"])
        Self.expectClean(list, "list")
        #expect(list.stdout.contains("<U+202E>tăng<U+202C>"), "\(list.stdout)")

        let show = try room.galley(["show", id])
        Self.expectClean(show, "show")
        #expect(show.stdout.contains("Giá xăng <U+202E>tăng<U+202C> mạnh"), "\(show.stdout)")
        #expect(show.stdout.contains("Nội dung <U+202E>đã sửa<U+202E>"), "show's body: \(show.stdout)")

        let queue = try room.galley(["queue"], as: Newsroom.editor)
        Self.expectClean(queue, "queue")

        let diff = try room.galley(["diff", id])
        Self.expectClean(diff, "diff")
        #expect(diff.stdout.contains("<U+202E>"), "\(diff.stdout)")

        let csv = try room.galley(["log", id, "--format", "csv"])
        Self.expectClean(csv, "log --format csv")
        let reject = try #require(csv.stdout.split(separator: "\n").first { $0.contains(",reject,") }, "\(csv.stdout)")
        #expect(reject.contains("Sai số liệu <U+001B>[31mđỏ<U+001B>[0m, kiểm tra lại"), "\(reject)")
    }

    @Test("json and jsonl keep the exact text")
    func jsonIsExact() throws {
        let (room, id) = try Self.arrange()

        let events = try jsonArray(try room.galley(["log", id, "--format", "json"]))
        #expect(events.contains { string($0, "note") == Self.note }, "\(events)")

        let lines = try room.galley(["log", id, "--format", "jsonl"])
        #expect(lines.status == 0, "\(lines)")
        let notes = try lines.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }.compactMap { string($0, "note") }
        #expect(notes.contains(Self.note), "\(lines.stdout)")
        #expect(!lines.stdoutData.contains(0x1B), "JSON escapes ESC itself")

        let shown = try room.show(id)
        #expect(string(shown, "title") == Self.title)
        let listed = try jsonArray(try room.galley(["list", "--format", "json"]))
        #expect(listed.contains { string($0, "title") == Self.title }, "\(listed)")
    }

    @Test("an error line on stderr is cleaned too")
    func stderrIsClean() throws {
        let room = try Newsroom(staff: [])
        let result = try room.galley(["show", "bai-\(Self.escape)do\(Self.override)"])
        #expect(result.status == 1, "\(result)")
        #expect(!result.stderrData.contains(0x1B), "\(result.stderr)")
        #expect(result.stderrData.range(of: Data(Self.override.utf8)) == nil, "\(result.stderr)")
        #expect(result.stderr.contains("'bai-<U+001B>[31mdo<U+202E>'"), "the id is echoed, visibly: \(result.stderr)")
    }
}
