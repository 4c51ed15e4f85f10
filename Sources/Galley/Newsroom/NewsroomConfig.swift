import Foundation
import Yams

/// `galley.yaml`: the newsroom's name, language, time zone and branch.
/// Keys Galley does not know are kept, so later versions can add settings.
public struct NewsroomConfig: Sendable, Equatable {
    public static let path = "galley.yaml"

    public var name: String
    public var language: String
    /// IANA name, e.g. Asia/Ho_Chi_Minh: article folders and times use it.
    public var timeZoneIdentifier: String
    public var branch: String
    /// Settings this version does not interpret, kept in file order.
    public var extra: [(key: String, value: String)]
    /// The paper's sections (`sections: {thoi-su: Thời sự, …}`); empty: sections are free text.
    public var sections: [NewsroomSection] = []

    public static func == (lhs: NewsroomConfig, rhs: NewsroomConfig) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    public init(name: String, language: String = "vi", timeZoneIdentifier: String = "Asia/Ho_Chi_Minh", branch: String = "main") {
        self.name = name
        self.language = language
        self.timeZoneIdentifier = timeZoneIdentifier
        self.branch = branch
        self.extra = []
    }

    public var timeZone: TimeZone {
        // Validated at parse time; UTC only for a zone database that lost an entry.
        TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 0) ?? .current
    }

    public static let knownKeys = ["name", "language", "timezone", "branch"]

    public static func parse(_ text: String, path: String = NewsroomConfig.path) throws(GalleyError) -> NewsroomConfig {
        let file = YAMLFile(path: path)
        let root = try file.root(text)
        var config = NewsroomConfig(name: "")
        var sawName = false
        for (key, value) in try file.mapping(root, "galley.yaml") {
            if key == Self.sectionsKey {
                config.sections = try parseSections(value, file)
                continue
            }
            let text = try file.string(value, key)
            if key == NewsroomConfig.fsyncKey || key == NewsroomConfig.pressLawNoticesKey {
                // Every galley.yaml value is text (Galley writes `fsync: "false"`); the text is read as the
                // one YAML boolean (YAMLBool) and kept as Galley writes it.
                guard let flag = YAMLBool.value(text) else { throw file.fail(value, "\(key) must be true or false, not '\(text)'") }
                config.extra.append((key, flag ? "true" : "false"))
                continue
            }
            switch key {
            case "name":
                config.name = text
                sawName = true
            case "language": config.language = text
            case "timezone":
                guard TimeZone(identifier: text) != nil else {
                    throw file.fail(value, "unknown time zone '\(text)' (use an IANA name such as Asia/Ho_Chi_Minh)")
                }
                config.timeZoneIdentifier = text
            case "branch":
                guard !text.isEmpty, !text.contains(" "), !text.contains("..") else { throw file.fail(value, "invalid branch name '\(text)'") }
                config.branch = text
            case NewsroomConfig.signingKey:
                guard NewsroomConfig.signingValues.contains(text) else {
                    throw file.fail(value, "signing must be \(NewsroomConfig.signingValues.joined(separator: " or ")), not '\(text)'")
                }
                config.extra.append((key, text))
            case NewsroomConfig.attachmentLimitKey:
                guard NewsroomConfig.attachmentLimitMB(text) != nil else {
                    throw file.fail(value, Message.attachment(.badLimit(given: text, maximum: NewsroomConfig.maximumAttachmentLimitMB)).english)
                }
                config.extra.append((key, text))
            default: config.extra.append((key, text))
            }
        }
        guard sawName else { throw file.fail(root, "missing 'name'") }
        return config
    }

    /// `signing: required` makes every commit from then on carry a signature by the acting person's key.
    public static let signingKey = "signing"
    public static let signingValues = ["required", "optional"]
    public var signingRequired: Bool { value(of: Self.signingKey) == "required" }

    public func value(of key: String) -> String? { builtIn(key) ?? extra.first { $0.key == key }?.value }

    private func builtIn(_ key: String) -> String? {
        switch key {
        case "name": return name
        case "language": return language
        case "timezone": return timeZoneIdentifier
        case "branch": return branch
        case Self.sectionsKey: return sections.isEmpty ? nil : sections.map { "\($0.key)=\($0.label)" }.joined(separator: ", ")
        default: return nil
        }
    }

    public func rendered() -> String {
        var lines = ["# Newsroom settings. Change them with `galley config set KEY VALUE` (admins only)."]
        for key in Self.knownKeys + extra.map(\.key) {
            guard key != Self.sectionsKey, let value = value(of: key) else { continue }
            lines.append("\(YAMLQuoting.identifier(key)): \(YAMLQuoting.quoted(value))")
        }
        // Written only when listed, so a newsroom without sections keeps its file byte for byte.
        if !sections.isEmpty {
            lines.append("# The sections articles may name: key (stored in articles) and label (what people read and type).")
            lines.append("\(Self.sectionsKey):")
            for section in sections { lines.append("  \(YAMLQuoting.identifier(section.key)): \(YAMLQuoting.quoted(section.label))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static let sectionsKey = "sections"

    /// `sections:` as a mapping of key to label, in file order; keys and labels must each read differently.
    private static func parseSections(_ node: Node, _ file: YAMLFile) throws(GalleyError) -> [NewsroomSection] {
        if file.isNull(node) { return [] }
        var sections: [NewsroomSection] = []
        // Each reading (key or label, folded) → the section that has it: two folds a section, not
        // every earlier section's again for each new one (folding is slow on Linux; this loop
        // was 18% of a transition's instructions with the default list).
        var readings: [String: Int] = [:]
        for (key, value) in try file.mapping(node, "sections") {
            guard NewsroomSection.isValidKey(key) else {
                throw file.fail(node, "section key '\(key)' must be lowercase letters, digits and hyphens, like thoi-su")
            }
            let label: String
            do { label = try TextInput.singleLine(try file.string(value, key), what: .sectionLabel(key: key), maxLength: 80) } catch {
                throw file.fail(value, error.message)
            }
            let section = NewsroomSection(key: key, label: label)
            let reads = [NewsroomSection.folded(key), NewsroomSection.folded(label)]
            // The first earlier section in file order that reads the same (earlier ones never share a reading).
            if let other = reads.compactMap({ readings[$0] }).min() {
                throw file.fail(value, "sections '\(sections[other].key)' and '\(key)' read the same once marks and case are dropped: name them apart")
            }
            for read in reads { readings[read] = sections.count }
            sections.append(section)
        }
        return sections
    }
}
