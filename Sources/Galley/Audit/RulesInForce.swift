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

    /// Reads the three files at `commit`; the first that is missing or broken is thrown.
    static func load(_ repository: Repository, at commit: ObjectID) throws(GalleyError) -> RulesInForce {
        func text(_ path: String) throws(GalleyError) -> String {
            guard let data = try git("reading \(path)", { () throws(GitError) in try repository.fileData(at: path, inCommit: commit) })
            else { throw GalleyError(.invalidInput, .repository(.rulesFileMissing(path: path))) }
            return try TextInput.decode(data, what: path)
        }
        return RulesInForce(
            config: try NewsroomConfig.parse(try text(NewsroomConfig.path)),
            workflow: try WorkflowLoader.load(try text(Newsroom.workflowPath)),
            people: try People.parse(try text(People.path)))
    }
}
