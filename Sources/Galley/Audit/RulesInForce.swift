import Foundation
import GitKit

/// The people, workflow and settings in force at one point of the replay.
/// `verify` judges each commit by the rules of its parent, and only re-reads
/// them when a commit changed one of the three files.
public struct RulesInForce: Sendable, Equatable {
    public var config: NewsroomConfig
    public var workflow: Workflow
    public var people: People

    public init(config: NewsroomConfig, workflow: Workflow, people: People) {
        self.config = config
        self.workflow = workflow
        self.people = people
    }

    static let paths: Set<String> = [NewsroomConfig.path, Newsroom.workflowPath, People.path]

    /// What a missing rules file means to the reader: in a commit under judgement it is the
    /// commit's fault (the judges); at the tip a command reads, the newsroom is damaged (the writers).
    enum MissingFile: Sendable {
        case judged, damaged
    }

    /// Reads the three files at `commit`; the first that is missing or broken is thrown. The one
    /// loader of the rules: the judges (`verify`, the hook, sync's replay) and the writers (a
    /// snapshot) parse the same files with the same parsers, and differ only in what a missing
    /// file is called.
    static func load(_ repository: Repository, at commit: ObjectID, missing: MissingFile = .judged) throws(GalleyError)
        -> RulesInForce
    {
        func text(_ path: String) throws(GalleyError) -> String {
            guard let data = try git("reading \(path)", { () throws(GitError) in try repository.fileData(at: path, inCommit: commit) })
            else {
                switch missing {
                case .judged: throw GalleyError(.invalidInput, .repository(.rulesFileMissing(path: path)))
                case .damaged: throw GalleyError(.failure, .repository(.pathMissing(path: path, commit: commit.short)))
                }
            }
            return try TextInput.decode(data, what: path)
        }
        return RulesInForce(
            config: try NewsroomConfig.parse(try text(NewsroomConfig.path)),
            workflow: try WorkflowLoader.load(try text(Newsroom.workflowPath)),
            people: try People.parse(try text(People.path)))
    }
}
