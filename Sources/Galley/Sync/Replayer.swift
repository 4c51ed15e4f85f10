import Foundation
import GitKit

/// Replays local steps onto the central tip, one at a time (DESIGN §3: the
/// branch stays linear). Each step keeps its author, committer and message;
/// its files are re-applied to the new tip (articles merged field by field and
/// paragraph by paragraph), and the new commit is judged by the Verifier
/// against the people, workflow and settings in force at that tip. A step that
/// no longer applies or is no longer legal is returned as a conflict, never dropped.
struct Replayer {
    enum Outcome {
        case applied(ObjectID)
        /// The central history already holds exactly this step's result.
        case alreadyThere
        case conflict(reason: ConflictReason)
    }

    let repository: Repository
    private(set) var tip: ObjectID
    private var verifier: Verifier
    /// The local person's signing key: a replayed step gets a new parent, so its old
    /// signature no longer holds; steps by the key's owner are signed again.
    private let signer: CommitSigner?

    init(repository: Repository, onto tip: ObjectID, signer: CommitSigner? = nil) throws(GalleyError) {
        self.repository = repository
        self.tip = tip
        self.signer = signer
        let tree = try git("reading \(tip.short)", { () throws(GitError) in try repository.commit(tip).tree })
        verifier = Verifier(repository: repository, trusting: (try RulesInForce.load(repository, at: tip), tree))
    }

    mutating func replay(_ original: Commit) throws(GalleyError) -> Outcome {
        let repository = self.repository
        guard original.parents.count == 1, let parent = original.parents.first else {
            return .conflict(reason: .notLinear)
        }
        let parentTree = try git("reading \(parent.short)", { () throws(GitError) in try repository.commit(parent).tree })
        let tipCommit = try git("reading \(tip.short)", { () throws(GitError) in try repository.commit(tip) })
        let changes = try git("reading the step \(original.id.short)", { () throws(GitError) in
            try repository.changes(from: parentTree, to: original.tree)
        })
        // Whether the step is still legal there (an id created meanwhile, a state moved on) is the
        // verifier's judgement below, the same as verify's and the hook's.
        let message = CommitMessage.parse(original.message)

        var treeChanges: [TreeChange] = []
        for change in changes {
            let theirs = try git("reading \(change.path)", { () throws(GitError) in
                try repository.treeEntry(at: change.path, inCommit: tip)
            }).map(\.id)
            if theirs == change.oldBlob {
                treeChanges.append(change.newBlob.map { .upsert(path: change.path, blob: $0) } ?? .remove(path: change.path))
            } else if theirs == change.newBlob {
                continue
            } else {
                switch try mergeArticle(change, theirs: theirs, original: original) {
                case .success(let blob): treeChanges.append(.upsert(path: change.path, blob: blob))
                case .failure(let reason): return .conflict(reason: reason)
                }
            }
        }
        guard !treeChanges.isEmpty || changes.isEmpty else { return .alreadyThere }
        let tree = try git("building the tree", { () throws(GitError) in
            try repository.updatedTree(from: tipCommit.tree, applying: treeChanges)
        })
        let candidate = try writeReplayed(original, tree: tree, message: message)
        let commit = try git("reading the replayed step", { () throws(GitError) in try repository.commit(candidate) })
        let before = verifier.violations.count
        var trial = verifier
        try trial.check(commit)
        guard trial.violations.count == before else {
            return .conflict(reason: .refused(trial.violations[before...].map(\.detail)))
        }
        verifier = trial
        tip = candidate
        return .applied(candidate)
    }

    /// The replayed commit object: same author, committer and message on the new parent,
    /// signed again when the local signing key is an active key of the step's actor.
    private func writeReplayed(_ original: Commit, tree: ObjectID, message: CommitMessage?) throws(GalleyError) -> ObjectID {
        let repository = self.repository
        let tip = self.tip
        if let signer, let actor = message?.trailers.actor, let person = verifier.rules?.people.person(actor),
            person.hasActiveKey(signer.publicKey)
        {
            let content = try git("preparing the replayed step", { () throws(GitError) in
                try repository.commitContent(
                    tree: tree, parents: [tip], author: original.author, committer: original.committer, message: original.message)
            })
            let armored = try signer.sign(content)
            return try git("writing the replayed step", { () throws(GitError) in
                try repository.createSignedCommit(content: content, signature: armored)
            })
        }
        return try git("writing the replayed step", { () throws(GitError) in
            try repository.createCommit(
                tree: tree, parents: [tip], author: original.author, committer: original.committer, message: original.message)
        })
    }

    private enum Merge { case success(ObjectID), failure(ConflictReason) }

    /// "meanwhile hangoc took 'approve' (submitted → edited) at …": the central history's last
    /// step on `article`, so a person learns who was first. Looks back a bounded number of commits.
    func lastCentralStep(on article: String, before stop: ObjectID) throws(GalleyError) -> ConflictReason.CentralStep? {
        let repository = self.repository
        let walker = try git("reading the history", { () throws(GitError) in
            try repository.commitWalker(from: tip, hiding: [stop], firstParentOnly: true)
        })
        var seen = 0
        while seen < 5_000, let id = try git("reading the history", { () throws(GitError) in try walker.next() }) {
            seen += 1
            let commit = try git("reading \(id.short)", { () throws(GitError) in try repository.commit(id) })
            guard let trailers = CommitMessage.parse(commit.message)?.trailers, trailers.article == article else { continue }
            let time = Timestamp(date: commit.author.time, timeZone: TimeZone(secondsFromGMT: commit.author.offsetMinutes * 60) ?? .current)
            return ConflictReason.CentralStep(actor: trailers.actor, transition: trailers.transition, from: trailers.from, to: trailers.to, time: time)
        }
        return nil
    }

    /// Both sides changed `change.path`: only an article's index.md can be merged.
    private func mergeArticle(_ change: PathChange, theirs: ObjectID?, original: Commit) throws(GalleyError) -> Merge {
        guard change.path.hasSuffix("/" + ArticleLayout.fileName), change.path.hasPrefix(ArticleLayout.root + "/") else {
            return .failure(.alsoChangedCentrally(path: change.path))
        }
        guard let base = change.oldBlob, let mine = change.newBlob else {
            return .failure(change.oldBlob == nil ? .createdOnBothSides(path: change.path) : .removedHereChangedCentrally(path: change.path))
        }
        guard let theirs else { return .failure(.goneCentrally(path: change.path)) }
        let repository = self.repository
        func document(_ blob: ObjectID) throws(GalleyError) -> ArticleDocument {
            let data = try git("reading \(change.path)", { () throws(GitError) in try repository.blobData(blob) })
            return try ArticleDocument.parse(try TextInput.decode(data, what: change.path), path: change.path)
        }
        let merged = ArticleMerge(
            base: try document(base), mine: try document(mine), theirs: try document(theirs),
            mineLabel: "yours", theirsLabel: "central")
        guard merged.isClean else {
            return .failure(.bothChanged(fields: merged.fieldConflicts, passages: merged.bodyConflicts))
        }
        let blob = try git("writing \(change.path)", { () throws(GitError) in
            try repository.writeBlob(Data(merged.document.rendered().utf8))
        })
        return .success(blob)
    }
}
