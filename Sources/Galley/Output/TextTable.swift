/// The aligned table of the text listings (`list`, `queue`, `search`, `people`…): columns as wide
/// as their widest cell in characters (NFC Vietnamese letters are one each), two spaces between
/// them, the last one unpadded, no trailing whitespace. Each cell is cleaned to one line once and
/// measured once, then the table is written as UTF-8 bytes: a 20,000-row listing measured every
/// cell twice by grapheme and cleaned it twice (issue 15).
public enum TextTable {
    public static func render(_ header: [String], _ rows: [[String]]) -> String {
        let table = ([header] + rows).map { row in
            row.map { cell -> (text: String, width: Int) in
                let text = TerminalText.clean(cell, multiline: false)
                return (text, TerminalText.characterCount(text))
            }
        }
        var widths = [Int](repeating: 0, count: header.count)
        for row in table {
            for (column, cell) in row.enumerated() {
                if column == widths.count { widths.append(0) }
                widths[column] = max(widths[column], cell.width)
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(table.count * (widths.reduce(0, +) + 2 * widths.count + 16))
        for (number, row) in table.enumerated() {
            if number > 0 { out.append(0x0A) }
            let start = out.count
            for (column, cell) in row.enumerated() {
                if column > 0 { out.append(contentsOf: [0x20, 0x20]) }
                out.append(contentsOf: cell.text.utf8)
                if column < row.count - 1, cell.width < widths[column] {
                    out.append(contentsOf: repeatElement(UInt8(0x20), count: widths[column] - cell.width))
                }
            }
            trimTrailingWhitespace(&out, from: start)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Drops the whitespace characters that end the line starting at `start`. A line that ends
    /// in a scalar that stands alone and is no whitespace keeps all it has (nearly every line);
    /// any other is trimmed by `Character`, as a `String` is.
    static func trimTrailingWhitespace(_ out: inout [UInt8], from start: Int) {
        let endsVisibly = out[start...].withContiguousStorageIfAvailable { line -> Bool in
            var index = line.count - 1
            while index > 0, line[index] & 0xC0 == 0x80 { index -= 1 }
            guard index >= 0, let (scalar, _) = TerminalText.decode(line, at: index) else { return false }
            return TerminalText.standsAlone(scalar) && !(Unicode.Scalar(scalar)?.properties.isWhitespace ?? true)
        }
        guard endsVisibly != true else { return }
        var line = String(decoding: out[start...], as: UTF8.self)
        guard let last = line.last, last.isWhitespace else { return }
        while let last = line.last, last.isWhitespace { line.removeLast() }
        out.removeSubrange(start...)
        out.append(contentsOf: line.utf8)
    }
}
