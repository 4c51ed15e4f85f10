import GitKit

/// Which commit's people.yaml, workflow.yaml and galley.yaml are in force, as
/// `verify` holds them: a change of those files comes into force only when
/// its commit is a legal step (judged by `Verifier`, the same judge). Writers
/// decide by these rules, so a self-promotion made with plain git, or a
/// people.yaml broken by hand, never takes effect. Followed commit by commit,
/// oldest first; the derived index keeps it so no command replays history.
struct RulesLedger: Equatable {
    /// The commit whose rules files are in force; nil before the init commit.
    var inForce: ObjectID?
    /// The latest change of the rules files that is not in force, and why.
    var refused: Refusal?

    struct Refusal: Equatable {
        var commit: ObjectID
        var reason: String
    }

    /// The three files' blob ids in a tree (absent files are missing keys).
    static func rulesBlobs(of tree: ObjectID, in repository: Repository) throws(GalleyError) -> [String: ObjectID] {
        var blobs: [String: ObjectID] = [:]
        for entry in try git("reading a tree", { () throws(GitError) in try repository.treeEntries(ofTree: tree) })
        where NewsroomPath.rulesFiles.contains(entry.name) {
            blobs[entry.name] = entry.id
        }
        return blobs
    }

    /// Takes one commit into account. `parentBlobs` are the rules files of its first parent.
    mutating func follow(_ commit: Commit, blobs: [String: ObjectID], parentBlobs: [String: ObjectID]?, in repository: Repository) throws(GalleyError) {
        guard let inForce else {
            if blobs[NewsroomConfig.path] != nil { self.inForce = commit.id }  // the init commit
            return
        }
        guard blobs != parentBlobs else { return }
        let rules: RulesInForce
        do {
            rules = try RulesInForce.load(repository, at: inForce)
        } catch {
            throw GalleyError(.failure, .repository(.rulesDoNotLoad(commit: inForce.short, cause: ErrorCause(error))))
        }
        let parentTree = try commit.parents.first.map { (parent) throws(GalleyError) in
            try git("reading \(parent.short)", { () throws(GitError) in try repository.commit(parent).tree })
        }
        var judge = Verifier(repository: repository, trusting: parentTree.map { (rules, $0) })
        try judge.check(commit)
        if let violation = judge.violations.first {
            refused = Refusal(commit: commit.id, reason: "[\(violation.rule.rawValue)] \(violation.message)")
        } else {
            self.inForce = commit.id
            refused = nil
        }
    }

    /// The ledger at `tip`, by following the whole history (when no index can keep it).
    static func walk(to tip: ObjectID, in repository: Repository) throws(GalleyError) -> RulesLedger {
        var ledger = RulesLedger()
        let walker = try git("reading the history", { () throws(GitError) in
            try repository.commitWalker(from: tip, hiding: [], oldestFirst: true)
        })
        var previous: (id: ObjectID, blobs: [String: ObjectID])?
        while let id = try git("reading the history", { () throws(GitError) in try walker.next() }) {
            let commit = try git("reading \(id.short)", { () throws(GitError) in try repository.commit(id) })
            let blobs = try rulesBlobs(of: commit.tree, in: repository)
            var parentBlobs: [String: ObjectID]?
            if let parent = commit.parents.first {
                if let previous, previous.id == parent {
                    parentBlobs = previous.blobs
                } else {
                    let tree = try git("reading \(parent.short)", { () throws(GitError) in try repository.commit(parent).tree })
                    parentBlobs = try rulesBlobs(of: tree, in: repository)
                }
            }
            try ledger.follow(commit, blobs: blobs, parentBlobs: parentBlobs, in: repository)
            previous = (id, blobs)
        }
        return ledger
    }
}
