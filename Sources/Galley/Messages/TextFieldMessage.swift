/// Text a person typed that the one text gate (`TextInput`) refuses: a one-line field with a
/// newline, a control character, nothing in it or too much; a file too large or with a control
/// character on a line. Facts for `Catalog+TextField.swift`; the field is named in each language.
public enum TextFieldMessage: Sendable, Equatable {
    /// The one-line fields a person fills in.
    public enum Field: Sendable, Equatable {
        case title, byline, section, summary, source, sourceLink, tag, penName, caption, credit, alt
        /// A section named in a section right (`people sections`), not an article's own.
        case assignedSection
        case name, email, value, adminName, adminEmail, newsroomName
        /// The label of a section in galley.yaml.
        case sectionLabel(key: String)
    }

    case notSingleLine(Field)
    case controlCharacter(Field, Unicode.Scalar)
    case empty(Field)
    case tooLong(Field, length: Int, limit: Int)
    /// A file or input (`what`: its path, or standard input) larger than `limit` bytes.
    case tooLarge(what: String, bytes: Int, limit: Int)
    case controlCharacterOnLine(what: String, character: Unicode.Scalar, line: Int)
}
