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
    static let fileName = "galley-rules-cache"
    /// Bump when a cached type's stored properties or what the parsers accept change: a file
    /// of another format is ignored. `RulesCacheTests` lists the properties this format holds.
    static let format = 1
    /// The file's first bytes, so a stray file of another kind is never read as rules.
    private static let magic = Array("galley rules cache\n".utf8)
    /// Larger than three rules files at their limit (1 MiB each) could make: not read at all.
    static let largestFile = 4 << 20

    let path: String

    init(gitDirectory: String) { path = gitDirectory + "/" + Self.fileName }

    /// The three blob ids the rules of a commit are parsed from.
    struct Key: Equatable {
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

    /// The kept rules when they were parsed from these blobs; nil for anything else (no file,
    /// another key or format, a damaged file).
    func rules(for key: Key) -> RulesInForce? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) <= Self.largestFile,
            let data = FileManager.default.contents(atPath: path)
        else { return nil }
        let bytes = [UInt8](data)
        guard bytes.starts(with: Self.magic) else { return nil }
        var reader = RulesCacheReader(Array(bytes.dropFirst(Self.magic.count)))
        do throws(RulesCacheReader.Damaged) {
            guard try reader.int() == Self.format else { return nil }
            guard try Key(config: reader.string(), workflow: reader.string(), people: reader.string()) == key else { return nil }
            let rules = try RulesInForce.read(&reader)
            return reader.isAtEnd ? rules : nil
        } catch {
            return nil
        }
    }

    /// Keeps `rules` for the next command. Best effort: a read-only git folder only means the
    /// next command parses again.
    func keep(_ rules: RulesInForce, for key: Key) {
        try? Data(Self.encoded(rules, for: key)).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The file's bytes; `format` is given only by tests that make a file of another format.
    static func encoded(_ rules: RulesInForce, for key: Key, format: Int = format) -> [UInt8] {
        var out = RulesCacheWriter()
        out.int(format)
        out.string(key.config)
        out.string(key.workflow)
        out.string(key.people)
        rules.write(to: &out)
        return magic + out.bytes
    }
}
