/// Text made safe for HTML: every page is built from these pieces, so a person's text
/// (a title, a note, an article body) can only ever reach the browser escaped.
public struct HTML: Sendable, Equatable, CustomStringConvertible {
    /// Markup already escaped where it holds text.
    public let rendered: String

    /// Trusted markup written in this module (tags and attributes, no user text).
    init(markup: String) { rendered = markup }

    /// User text: escaped.
    public init(text: String) { rendered = HTML.escape(text) }

    public var description: String { rendered }

    static func + (left: HTML, right: HTML) -> HTML { HTML(markup: left.rendered + right.rendered) }

    static func join(_ parts: [HTML], separator: String = "") -> HTML {
        HTML(markup: parts.map(\.rendered).joined(separator: separator))
    }

    /// `<tag attr="value">content</tag>`, the attributes' values escaped.
    static func element(_ tag: String, _ attributes: [(String, String)] = [], _ content: HTML = HTML(markup: "")) -> HTML {
        HTML(markup: "<\(tag)\(attributeText(attributes))>\(content.rendered)</\(tag)>")
    }

    /// An element without content (`<input …>`).
    static func void(_ tag: String, _ attributes: [(String, String)]) -> HTML {
        HTML(markup: "<\(tag)\(attributeText(attributes))>")
    }

    private static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// The five characters that can end text or an attribute value; control characters other
    /// than tab and line breaks are dropped (they have no business in a page).
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            default:
                if scalar.properties.generalCategory == .control { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
