/// Text made safe for roff (groff and mandoc read the page alike): backslashes and
/// hyphens escaped, a leading control character neutralised, and every character
/// outside ASCII written as `\[uXXXX]`, so Vietnamese (names, labels, examples) survives
/// whatever the reader's locale and whichever formatter renders it.
enum Roff {
    /// One line of running text or of a literal display.
    static func text(_ line: String) -> String {
        var out = ""
        for scalar in line.unicodeScalars {
            switch scalar {
            case "\\": out += "\\e"
            // A plain `-` may render as a typographic hyphen, which breaks copying `--as` from the page.
            case "-": out += "\\-"
            case _ where scalar.isASCII: out.unicodeScalars.append(scalar)
            default: out += "\\[u" + hex(scalar.value) + "]"
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }

    /// A quoted macro argument (`.Nd`, `.Ss`).
    static func quoted(_ value: String) -> String {
        "\"" + text(value).replacingOccurrences(of: "\"", with: "\\(dq") + "\""
    }

    /// Upper-case hex with at least four digits, as `\[u…]` requires.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
