import Testing

@testable import Galley

/// The guard reads lines by bytes (issue 15: splitting by Characters cost ~3M instructions of a
/// transition) and must number them as before: a line ends at every LF except one after CR,
/// where Swift's Characters hold CR LF as one.
@Suite("YAML guard: lines numbered as Characters split them")
struct YAMLGuardLinesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var line: Int?
        var testDescription: String { text.debugDescription }
    }

    @Test("the first problem's line", arguments: [
        Case(text: "a: 1\nb: 2\nc: &anchor 3\n", line: 3),
        Case(text: "\n\n\nx: *alias\n", line: 4),
        Case(text: "x: *alias", line: 1),
        Case(text: "a: 1\r\nb: &x 2\n", line: 1),
        Case(text: "a: 1\r\r\nb: 2\nc: !tag 3\n", line: 2),
        Case(text: "a: |\n  &not-an-anchor\n  *text\nb: &x 1\n", line: 4),
        Case(text: "a: \"x\ny &inside\"\nb: *y\n", line: 3),
        Case(text: "ok: 1\nthen: [a, b]\n", line: nil),
        Case(text: "", line: nil),
        Case(text: "\n", line: nil),
        Case(text: "tên: \"Thời sự & Kinh tế\"\nmục: *x\n", line: 2),
    ])
    func firstProblemLine(_ item: Case) {
        #expect(YAMLGuard.firstProblem(item.text, limits: .rulesFile)?.line == item.line)
    }
}
