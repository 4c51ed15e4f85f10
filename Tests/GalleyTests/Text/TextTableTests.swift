import Testing

@testable import Galley

/// `TextTable.render` measures each cell once, by `characterCount`, and trims lines from their
/// bytes (issue 15): its tables must be exactly those of the `String` layout it replaced, kept
/// here as the reference, for hostile cells as for ordinary ones.
@Suite("text table layout")
struct TextTableTests {
    /// The layout before issue 15, verbatim: clean, measure by `String.count`, pad, trim by `Character`.
    static func reference(_ header: [String], _ rows: [[String]]) -> String {
        func pad(_ text: String, _ width: Int) -> String {
            let text = TerminalText.clean(text, multiline: false)
            return text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        let all = ([header] + rows).map { $0.map { TerminalText.clean($0, multiline: false) } }
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            var line = row.indices.map { $0 == row.count - 1 ? row[$0] : pad(row[$0], widths[$0]) }.joined(separator: "  ")
            while let last = line.last, last.isWhitespace { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    static let hostileCells = [
        "", " ", "Thông xe cầu Đồng Lạc", "Đa\u{323}\u{306}ng Tro\u{323}ng", "e\u{301}", "報紙 신문", "🗞️", "👩‍👩‍👧", "🇻🇳🇻",
        "a\u{200D}b", "\u{1B}[2J", "\u{202E}đảo", "dòng một\ndòng hai", "tab\tcuối\t", "cuối ", "nbsp\u{A0}", "ideo\u{3000}",
        "\u{2028}", "\u{85}", "\u{600} ", "x\u{300}", " \u{301}", "©\u{FE0F}", "“ngoặc” – …", String(repeating: "Đặng ", count: 400),
        "\r\n", "\u{FEFF}", "ạ", "tail\u{200B}", "\u{2003}", "ᄀ\u{1161}",
    ]

    @Test(arguments: hostileCells)
    func everyHostileCellInEveryColumnLaysOutAsBefore(cell: String) {
        let header = ["ID", "TRẠNG THÁI", "TIÊU ĐỀ"]
        for column in 0..<3 {
            var row = ["bai-1", "Đã xuất bản", "Tiêu đề"]
            row[column] = cell
            let rows = [row, ["bai-2", "Nháp", "Cầu Đồng Lạc"], ["b", cell, cell]]
            let table = TextTable.render(header, rows)
            #expect(table == Self.reference(header, rows), "column \(column): \(cell.debugDescription)")
        }
    }

    @Test func everyPairOfHostileCellsLaysOutAsBefore() {
        for first in Self.hostileCells {
            for last in Self.hostileCells {
                let rows = [[first, last], ["x", first + last], [last, first]]
                let table = TextTable.render(["A", "B"], rows)
                if table != Self.reference(["A", "B"], rows) { Issue.record("\(first.debugDescription) \(last.debugDescription)") }
            }
        }
    }

    @Test func aListingIsAlignedAndNoLineEndsInWhitespace() {
        let table = TextTable.render(["ID", "TIÊU ĐỀ", "GHI CHÚ"], [["bai-1", "Cầu", ""], ["bai-22", "Đồng Lạc mới", "x "]])
        #expect(table == "ID      TIÊU ĐỀ       GHI CHÚ\nbai-1   Cầu\nbai-22  Đồng Lạc mới  x")
    }

    @Test func aHeaderAloneIsOneLine() {
        #expect(TextTable.render(["ID", "TIÊU ĐỀ "], []) == "ID  TIÊU ĐỀ")
    }
}
