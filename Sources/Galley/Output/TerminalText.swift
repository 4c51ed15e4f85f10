/// Makes text from the repository safe to show: a title, note or name is
/// anyone's input (or a hand edit with plain git), and a terminal obeys what
/// it is sent. Escape sequences could recolour, retitle or rewrite the
/// screen, and bidirectional controls could make a line read differently
/// from what it holds, so both are shown as visible `<U+XXXX>` codes.
public enum TerminalText {
    /// `text` with every C0 control (tab and newline kept when `multiline`),
    /// DEL, C1 control and bidirectional override, isolate or mark replaced by
    /// its visible code. Single-line cells (tables) turn tab and newline into a
    /// space, so a row stays one row. Idempotent: the codes are plain ASCII.
    public static func clean(_ text: String, multiline: Bool = true) -> String {
        // Nearly all text is clean: only walk and rebuild it when something needs replacing.
        guard !isClean(text, multiline: multiline) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !needsReplacing(scalar, multiline: multiline) {
                out.append(scalar)
            } else if scalar == "\t" || scalar == "\n" {
                out.append(" ")
            } else {
                out.append(contentsOf: visible(scalar).unicodeScalars)
            }
        }
        return String(out)
    }

    /// The bidirectional formatting characters: embeddings and overrides (U+202A–U+202E),
    /// isolates (U+2066–U+2069), and the marks LRM, RLM and ALM.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// Whether nothing in `text` needs replacing, read from its UTF-8 bytes: a 20,000-row listing
    /// is cleaned whole, and decoding every scalar of it cost more than the index read (issue 15).
    /// The bytes that can start a replaced scalar are the controls, C2 (C1 controls), D8 (U+061C)
    /// and E2 (the bidirectional marks); anything else is clean without decoding.
    static func isClean(_ text: String, multiline: Bool) -> Bool {
        let bytewise = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = PrintableASCII.prefixLength(bytes)
            let count = bytes.count
            func byte(_ offset: Int) -> UInt8 { index + offset < count ? bytes[index + offset] : 0 }
            while index < count {
                let first = bytes[index]
                switch first {
                case 0x09, 0x0A: if !multiline { return false }
                case 0x00...0x1F, 0x7F: return false
                case 0xC2: if (0x80...0x9F).contains(byte(1)) { return false }
                case 0xD8: if byte(1) == 0x9C { return false }
                case 0xE2:
                    let (second, third) = (byte(1), byte(2))
                    if second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)) { return false }
                    if second == 0x81 && (0xA6...0xA9).contains(third) { return false }
                default: break
                }
                index += 1
            }
            return true
        }
        return bytewise ?? !text.unicodeScalars.contains(where: { needsReplacing($0, multiline: multiline) })
    }

    /// The scalar-by-scalar rule `isClean` reads from bytes.
    static func needsReplacing(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return !multiline
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return isBidiControl(scalar)
        }
    }

    /// `<U+001B>`: four hex digits at least, as Unicode writes code points.
    private static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
