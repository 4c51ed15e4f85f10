import Foundation
import GitKit

/// The rules in force at the tip, as parsed, kept in the git folder beside the index and
/// keyed by the blob ids of galley.yaml, workflow.yaml and people.yaml. A command reads them
/// back instead of parsing three YAML files, which was about a quarter of a bare approve's
/// instructions (issue 15: 17M of 66M, most of it Yams). Only rules that parsed are kept,
/// and they are only ever found again under the same three blobs, so a changed file is
/// parsed (and checked) anew.
///
/// Like the index, the file is derived and local: whoever can write it can also write the
/// index's ledger or the branch. The judges never read it: `verify` and the central hook
/// parse the rules of every commit they judge (`RulesInForce.load`).
struct RulesCache {
    static let fileName = "galley-rules-cache.json"
    /// Bump when a cached type's stored properties or what the parsers accept change: a file
    /// of another format is ignored. `RulesCacheTests` lists the properties this format holds.
    static let format = 1

    let path: String

    init(gitDirectory: String) { path = gitDirectory + "/" + Self.fileName }

    /// The three blob ids the rules of a commit are parsed from.
    struct Key: Equatable, Codable {
        var config: String
        var workflow: String
        var people: String

        /// The key of `commit`'s rules files; nil when one of them is missing (the parser says why).
        static func of(_ commit: ObjectID, in repository: Repository) throws(GalleyError) -> Key? {
            let tree = try git("reading \(commit.short)", { () throws(GitError) in try repository.commit(commit).tree })
            let blobs = try RulesLedger.rulesBlobs(of: tree, in: repository)
            guard let config = blobs[NewsroomConfig.path], let workflow = blobs[Newsroom.workflowPath], let people = blobs[People.path]
            else { return nil }
            return Key(config: config.hex, workflow: workflow.hex, people: people.hex)
        }
    }

    private struct Stored: Codable {
        var format: Int
        var key: Key
        var rules: RulesInForce
    }

    /// The kept rules when they were parsed from these blobs; nil for anything else (no file,
    /// another key or format, a damaged file).
    func rules(for key: Key) -> RulesInForce? {
        guard let data = FileManager.default.contents(atPath: path),
            let stored = try? JSONDecoder().decode(Stored.self, from: data),
            stored.format == Self.format, stored.key == key
        else { return nil }
        return stored.rules
    }

    /// Keeps `rules` for the next command. Best effort: a read-only git folder only means the
    /// next command parses again.
    func keep(_ rules: RulesInForce, for key: Key) {
        guard let data = try? JSONEncoder().encode(Stored(format: Self.format, key: key, rules: rules)) else { return }
        try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
