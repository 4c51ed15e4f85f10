import Foundation

// How the rules in force are kept in `RulesCache`. The types whose stored properties
// Swift can code by itself say `Codable` where they are declared; these two cannot:
// a key is kept as its wire blob (checked again when read), and galley.yaml's unknown
// settings are (key, value) pairs, which tuples cannot code.

extension SSHPublicKey: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let data = Data(base64Encoded: try container.decode(String.self)), let key = SSHPublicKey(blob: Array(data)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ed25519 key blob")
        }
        self = key
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Data(blob).base64EncodedString())
    }
}

extension NewsroomConfig: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, language, timeZoneIdentifier, branch, extraKeys, extraValues, sections
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name), language: try container.decode(String.self, forKey: .language),
            timeZoneIdentifier: try container.decode(String.self, forKey: .timeZoneIdentifier),
            branch: try container.decode(String.self, forKey: .branch))
        let keys = try container.decode([String].self, forKey: .extraKeys)
        let values = try container.decode([String].self, forKey: .extraValues)
        guard keys.count == values.count else {
            throw DecodingError.dataCorruptedError(forKey: .extraValues, in: container, debugDescription: "one value per key")
        }
        extra = Array(zip(keys, values)).map { (key: $0.0, value: $0.1) }
        sections = try container.decode([NewsroomSection].self, forKey: .sections)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(language, forKey: .language)
        try container.encode(timeZoneIdentifier, forKey: .timeZoneIdentifier)
        try container.encode(branch, forKey: .branch)
        try container.encode(extra.map(\.key), forKey: .extraKeys)
        try container.encode(extra.map(\.value), forKey: .extraValues)
        try container.encode(sections, forKey: .sections)
    }
}
