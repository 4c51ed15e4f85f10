/// The aligned table of the text listings (`list`, `queue`, `search`, `people`…): columns as wide
/// as their widest cell in characters (NFC Vietnamese letters are one each), two spaces between
/// them, the last one unpadded, no trailing whitespace. Each cell is cleaned to one line once and
/// measured once, then the table is written as UTF-8 bytes: a 20,000-row listing measured every
/// cell twice by grapheme and cleaned it twice (issue 15).
public enum TextTable {
    public static func render(_ header: [String], _ rows: [[String]]) -> String {
        String(decoding: utf8(header, rows), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes, what the executable writes (a 20,000-row table is megabytes, and
    /// making a `String` of it validates every byte once more). Its every cell is clean.
    public static func utf8(_ header: [String], _ rows: [[String]]) -> [UInt8] {
        // One flat list of cleaned cells and their widths, read by index: nested rows of tuples
        // cost a retain and release per cell each time they were walked.
        var texts: [String] = []
        var widths: [Int] = []
        var rowEnds: [Int] = []
        var columnWidths = [Int](repeating: 0, count: header.count)
        texts.reserveCapacity((rows.count + 1) * header.count)
        widths.reserveCapacity((rows.count + 1) * header.count)
        rowEnds.reserveCapacity(rows.count + 1)
        func add(_ row: [String]) {
            for (column, cell) in row.enumerated() {
                let text = TerminalText.clean(cell, multiline: false)
                let width = TerminalText.characterCount(text)
                if column == columnWidths.count { columnWidths.append(0) }
                if width > columnWidths[column] { columnWidths[column] = width }
                texts.append(text)
                widths.append(width)
            }
            rowEnds.append(texts.count)
        }
        add(header)
        for row in rows { add(row) }
        var out: [UInt8] = []
        out.reserveCapacity(rowEnds.count * (columnWidths.reduce(0, +) + 2 * columnWidths.count + 16))
        var first = 0
        for (number, end) in rowEnds.enumerated() {
            if number > 0 { out.append(0x0A) }
            let start = out.count
            for cell in first..<end {
                let column = cell - first
                if column > 0 { out.append(contentsOf: [0x20, 0x20]) }
                out.append(contentsOf: texts[cell].utf8)
                if cell < end - 1, widths[cell] < columnWidths[column] {
                    out.append(contentsOf: repeatElement(UInt8(0x20), count: columnWidths[column] - widths[cell]))
                }
            }
            trimTrailingWhitespace(&out, from: start)
            first = end
        }
        return out
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
