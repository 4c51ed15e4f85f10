import Foundation

/// The `Galley-*` trailers of one commit.
public struct GalleyTrailers: Sendable, Equatable {
    public var article: String?
    public var transition: String
    public var from: String?
    public var to: String?
    public var actor: String
    public var role: String

    public init(article: String?, transition: String, from: String?, to: String?, actor: String, role: String) {
        self.article = article
        self.transition = transition
        self.from = from
        self.to = to
        self.actor = actor
        self.role = role
    }

    static let keys = ["Galley-Article", "Galley-Transition", "Galley-From", "Galley-To", "Galley-Actor", "Galley-Role"]

    public func rendered() -> String {
        var lines: [String] = []
        if let article { lines.append("Galley-Article: \(article)") }
        lines.append("Galley-Transition: \(transition)")
        if let from { lines.append("Galley-From: \(from)") }
        if let to { lines.append("Galley-To: \(to)") }
        lines.append("Galley-Actor: \(actor)")
        lines.append("Galley-Role: \(role)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Strict: every line a known key once, transition, actor and role present.
    static func parse(_ paragraph: Substring) -> GalleyTrailers? {
        var values: [String: String] = [:]
        for line in paragraph.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = String(line[..<colon])
            var value = line[line.index(after: colon)...]
            while value.first == " " || value.first == "\t" { value = value.dropFirst() }
            while value.last == " " || value.last == "\t" { value = value.dropLast() }
            let text = String(value)
            guard keys.contains(key), values[key] == nil, !text.isEmpty else { return nil }
            values[key] = text
        }
        guard let transition = values["Galley-Transition"], let actor = values["Galley-Actor"], let role = values["Galley-Role"]
        else { return nil }
        return GalleyTrailers(
            article: values["Galley-Article"], transition: transition, from: values["Galley-From"], to: values["Galley-To"],
            actor: actor, role: role)
    }
}
