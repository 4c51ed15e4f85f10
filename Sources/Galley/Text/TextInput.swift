import Foundation

/// The one gate every piece of user text passes before it reaches an article:
/// Vietnamese input arrives decomposed, with Windows line ends, or as bytes of
/// unknown origin, and the repository must hold clean NFC UTF-8 only.
public enum TextInput {
    /// Bodies are prose: anything larger is a mistake (a binary, a log), not an article.
    public static let maximumBodyBytes = 2 * 1024 * 1024
    /// A whole `index.md`: the largest body and the largest front matter together, so every
    /// document a step may write can be read back (the body limit is checked when it is written).
    public static let maximumDocumentBytes = maximumBodyBytes + 64 * 1024 + 16

    /// Strict UTF-8 decode (invalid bytes → GalleyError.invalidInput naming `what` and the byte offset), reject NUL and C0/C1 control chars
    /// other than \n and \t (say which and where: line number), size above `limit` → invalidInput; CRLF and lone CR → LF; result in NFC.
    /// A leading byte order mark is dropped: Windows editors add it and it is not text.
    public static func decode(_ data: Data, what: String, limit: Int = maximumDocumentBytes) throws(GalleyError) -> String {
        guard data.count <= limit else {
            throw GalleyError(.invalidInput, .textField(.tooLarge(what: what, bytes: data.count, limit: limit)))
        }
        // The standard library's validating decoder is fast; the byte offset is found only on failure.
        guard var text = String(validating: data, as: UTF8.self) else {
            throw GalleyError(.invalidInput, .input(.invalidUTF8(what: what, offset: firstInvalidUTF8Offset(data) ?? 0)))
        }
        if text.unicodeScalars.first == "\u{FEFF}" {
            text.unicodeScalars.removeFirst()
        }
        text = normalizeNewlines(text)
        var line = 1
        // Only the rare text holding a control character needs the scalar walk.
        guard containsForbiddenControl(text) else { return nfc(text) }
        for scalar in text.unicodeScalars where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            if scalar == "\n" {
                line += 1
            } else if isForbiddenControl(scalar) {
                throw GalleyError(.invalidInput, .textField(.controlCharacterOnLine(what: what, character: scalar, line: line)))
            }
        }
        return nfc(text)
    }

    /// NFC + newline normalisation for text that is already a String (CLI arguments).
    public static func normalize(_ text: String) -> String {
        nfc(normalizeNewlines(text))
    }

    /// A one-line field (title, byline, section, tag): NFC, trimmed, collapses internal runs of whitespace to one space;
    /// empty → invalidInput ("<what> is empty"); newline or control char → invalidInput; longer than maxLength characters → invalidInput.
    /// A tab counts as whitespace (pasted text carries them); every other control character is refused.
    public static func singleLine(_ text: String, what: TextFieldMessage.Field, maxLength: Int = 300) throws(GalleyError) -> String {
        let nfc = nfc(text)
        if nfc.contains(where: \.isNewline) {
            throw GalleyError(.invalidInput, .textField(.notSingleLine(what)))
        }
        if let scalar = nfc.unicodeScalars.first(where: isForbiddenControl) {
            throw GalleyError(.invalidInput, .textField(.controlCharacter(what, scalar)))
        }
        let collapsed = collapseWhitespace(nfc)
        guard !collapsed.isEmpty else {
            throw GalleyError(.invalidInput, .textField(.empty(what)))
        }
        guard collapsed.count <= maxLength else {
            throw GalleyError(.invalidInput, .textField(.tooLong(what, length: collapsed.count, limit: maxLength)))
        }
        return collapsed
    }

    /// Unicode NFC. Foundation's normalisation is slow on Linux, and almost all
    /// stored text is already NFC: text whose scalars all lie in ranges that are
    /// NFC-stable and carry no combining marks (ASCII, Latin-1, Latin Extended,
    /// the precomposed Vietnamese block, most punctuation) is returned as is.
    public static func nfc(_ text: String) -> String {
        isStableInNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Whether every scalar of `text` is NFC-stable, read from its UTF-8 bytes: `verify` passes
    /// every version of every article through here, and decoding scalars one by one cost more
    /// than the rest of the check.
    static func isStableInNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                switch lead {
                case 0..<0x80:
                    index += 1
                case 0xC2..<0xCC:  // two bytes, below U+0300
                    index += 2
                case 0xE0..<0xF0 where index + 2 < count:
                    let value = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
                    guard isStableInNFC(value) else { return false }
                    index += 3
                default:
                    return false  // U+0300 and up in two bytes, four-byte scalars: let Foundation decide
                }
            }
            return true
        }
    }

    /// NFC_Quick_Check = Yes and canonical combining class 0 for the whole range.
    private static func isStableInNFC(_ value: UInt32) -> Bool {
        value < 0x300 || (0x1EA0...0x1EF9).contains(value) || (0x2002...0x206F).contains(value)
            || (0x20A0...0x20C0).contains(value)
    }

    // MARK: - Helpers shared by the Text files

    /// CRLF and lone CR become LF, so line counts and diffs agree on every platform.
    static func normalizeNewlines(_ text: String) -> String {
        guard contains(UInt8(ascii: "\r"), in: text) else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) {
                    out.append(scalar)
                }
                previousWasCR = false
            }
        }
        return String(out)
    }

    /// Whether the byte occurs in the text's UTF-8 (memchr: the generic `contains` showed in profiles).
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Unicode's White_Space property, by value (the property lookup showed in profiles).
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Trims both ends and turns every run of whitespace (including no-break spaces) into one ASCII space.
    static func collapseWhitespace(_ text: String) -> String {
        // Already collapsed (as every stored title is): no whitespace but single inner ASCII spaces.
        var previousWasSpace = true
        var clean = true
        for scalar in text.unicodeScalars {
            let space = isWhitespace(scalar.value)
            if space && (previousWasSpace || scalar != " ") {
                clean = false
                break
            }
            previousWasSpace = space
        }
        if clean && !previousWasSpace || text.isEmpty { return text }
        var out = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }

    /// Whether `text` holds a character `isForbiddenControl` refuses, read from its UTF-8 bytes
    /// (C1 controls are C2 80…C2 9F), so clean text — nearly all text — costs one byte scan.
    static func containsForbiddenControl(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 && byte != 0x09 && byte != 0x0A { return true }
                if byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte)) { return true }
                previous = byte
            }
            return false
        }
    }

    /// C0 (except tab and newline), DEL and C1: invisible, and they break terminals, YAML and diffs.
    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar.value {
        case 0x00: return code + " (NUL)"
        case 0x0D: return code + " (CR)"
        case 0x1B: return code + " (ESC)"
        case 0x7F: return code + " (DEL)"
        default: return code
        }
    }

    /// The byte offset of the first ill-formed sequence, found with the standard library's strict parser
    /// (it refuses overlong forms, surrogates and truncated sequences just as String does).
    static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .error:
                return offset
            case .emptyInput:
                return nil
            }
        }
    }
}
