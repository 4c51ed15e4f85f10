/// The part of swift-argument-parser's `--experimental-dump-help` JSON (serialization
/// version 0) the manual reads: the command tree with each command's arguments, as the
/// command definitions declare them. Fields it does not know are ignored, so a newer
/// ArgumentParser that adds some does not break the manual.
struct ToolInfo: Decodable {
    var serializationVersion: Int
    var command: CommandInfo
}

struct CommandInfo: Decodable {
    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var subcommands: [CommandInfo]?
    var arguments: [ArgumentInfo]?

    var isShown: Bool { shouldDisplay ?? true }
    var shownSubcommands: [CommandInfo] { (subcommands ?? []).filter(\.isShown) }
    var shownArguments: [ArgumentInfo] { (arguments ?? []).filter(\.shouldDisplay) }
}

struct ArgumentInfo: Decodable, Hashable {
    enum Kind: String, Decodable { case positional, option, flag }

    struct Name: Decodable, Hashable {
        enum Kind: String, Decodable { case long, short, longWithSingleDash }
        var kind: Kind
        var name: String
    }

    var kind: Kind
    var shouldDisplay: Bool
    var isOptional: Bool
    var isRepeating: Bool
    var names: [Name]?
    var preferredName: Name?
    var valueName: String?
    var defaultValue: String?
    var allValues: [String]?
    var abstract: String?
    var discussion: String?
}
