/// The one rule for a person's name and email: every step they take writes a
/// git signature `Name <email> time zone`, so both must fit in one. A name or
/// email that libgit2 refuses (angle brackets, nothing left after trimming) or
/// that would break the header (a newline, a control character) would let the
/// person be listed and then fail on every step. `people add` and reading
/// `people.yaml` both apply it.
public enum PersonIdentity {
    /// In characters; longer is a paste mistake, not a name.
    public static let maximumNameLength = 200
    /// In UTF-8 bytes, the limit of an SMTP path (RFC 5321 §4.5.3.1.3).
    public static let maximumEmailBytes = 254

    public static func validate(name: String, email: String) throws(GalleyError) {
        try validate(name: name)
        try validate(email: email)
    }

    /// Non-empty, one line, no `<` or `>`, no control or bidirectional formatting character,
    /// no leading or trailing whitespace (libgit2 would trim it, so the commit would name someone else).
    public static func validate(name: String) throws(GalleyError) {
        guard !name.isEmpty else { throw GalleyError(.invalidInput, .inputRule(.nameEmpty)) }
        guard !name.contains(where: \.isNewline) else { throw GalleyError(.invalidInput, .inputRule(.nameNotSingleLine)) }
        if let scalar = name.unicodeScalars.first(where: isForbidden) {
            throw GalleyError(.invalidInput, .inputRule(.nameForbiddenCharacter(scalar)))
        }
        guard name.first?.isWhitespace == false, name.last?.isWhitespace == false else {
            throw GalleyError(.invalidInput, .inputRule(.nameEdgeSpace(name: name)))
        }
        guard name.count <= maximumNameLength else {
            throw GalleyError(.invalidInput, .inputRule(.nameTooLong(length: name.count, limit: maximumNameLength)))
        }
    }

    /// A plausible address: `local@domain`, both parts non-empty, exactly one `@`, no whitespace,
    /// `<`, `>`, control or bidirectional formatting character, at most `maximumEmailBytes` bytes.
    public static func validate(email: String) throws(GalleyError) {
        guard !email.isEmpty else { throw GalleyError(.invalidInput, .inputRule(.emailEmpty)) }
        if let scalar = email.unicodeScalars.first(where: { isForbidden($0) || $0.properties.isWhitespace }) {
            throw GalleyError(.invalidInput, .inputRule(.emailForbiddenCharacter(email: email, character: scalar)))
        }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw GalleyError(.invalidInput, .inputRule(.emailNeedsOneAt(email: email)))
        }
        guard email.utf8.count <= maximumEmailBytes else {
            throw GalleyError(.invalidInput, .inputRule(.emailTooLong(bytes: email.utf8.count, limit: maximumEmailBytes)))
        }
    }

    /// Angle brackets end git's name and email fields; control characters (tab included) and
    /// bidirectional overrides, isolates and marks are invisible and make a signature read wrong.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3C, 0x3E: return true  // < >
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
