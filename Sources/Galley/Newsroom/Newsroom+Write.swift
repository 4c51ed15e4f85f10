import Foundation
import GitKit

extension Newsroom {
    /// The write path (design §2): under the repository's flock, read the tip,
    /// let `build` judge and prepare the change against the rules in force
    /// there, then blob → updated tree → commit → compare-and-swap of the
    /// branch, and finally bring the work tree's copies and index entries up
    /// to date. `build` returning nil means "no change": nothing is written.
    func write(_ build: (Snapshot) throws(GalleyError) -> Change?) throws(GalleyError) -> RecordedStep? {
        let repository = self.repository
        let lock: RepositoryLock
        do {
            lock = try repository.acquireWriteLock(fileName: RepositoryFileNames.writeLock, timeout: Self.writeLockTimeout)
        } catch {
            throw Self.writeLockError(error, central: nil)
        }
        defer { lock.release() }
        for file in lock.clearedStaleLockFiles {
            notices.append(.clearedStaleLock(file: file))
        }
        if lock.previousHolderDied {
            for path in try repairWorkTreeAfterCrash() {
                notices.append(.repairedWorkTree(path: path))
            }
        }

        let snapshot = try snapshot()
        try applyDurability(snapshot.config)
        guard let change = try build(snapshot) else { return nil }
        if !repository.isBare { try checkWorkTree(for: change) }

        let signer = try signer(for: change, in: snapshot)
        return try record(change, onto: snapshot.commit, signer: signer)
    }

    /// Writes `change` as one commit on top of `parent` (nil for the first
    /// commit) and moves the branch with compare-and-swap from `parent`.
    func record(
        _ change: Change, onto parent: ObjectID?, syncWorkTree: Bool = true, signer: CommitSigner? = nil
    ) throws(GalleyError) -> RecordedStep {
        let repository = self.repository
        // The step's objects are flushed together before the branch may point at them.
        let batch = try git("preparing to write", { () throws(GitError) in try repository.objectFlushBatch() })
        defer { batch?.end() }
        var treeChanges: [TreeChange] = []
        for file in change.files {
            if let bytes = file.bytes {
                let blob = try git("writing \(file.path)", { () throws(GitError) in try repository.writeBlob(bytes) })
                treeChanges.append(.upsert(path: file.path, blob: blob))
            } else {
                treeChanges.append(.remove(path: file.path))
            }
        }
        let baseTree = try parent.map { (id) throws(GalleyError) in
            try git("reading the tip", { () throws(GitError) in try repository.commit(id).tree })
        }
        let tree = try git("building the tree", { () throws(GitError) in try repository.updatedTree(from: baseTree, applying: treeChanges) })
        let signature = Signature(
            name: change.actor.name, email: change.actor.email, time: change.time.date,
            offsetMinutes: change.time.offsetSeconds / 60)
        let message = change.message.rendered()
        let commit = try writeCommit(tree: tree, parent: parent, signature: signature, message: message, signer: signer)
        try git("making the new objects durable", { () throws(GitError) in try batch?.flush() })
        let updatesWorkTree = syncWorkTree && !repository.isBare
        if updatesWorkTree && repository.isIndexLocked {
            throw GalleyError(.failure, .write(.indexLocked(gitDirectory: repository.gitDirectory)))
        }
        do {
            try repository.updateReference(
                branchReference, to: commit, expecting: parent, logMessage: "galley: \(change.message.subject)")
        } catch {
            switch error.code {
            case .modified, .exists:
                throw GalleyError(.failure, .write(.branchMoved(branch: branchName)))
            case .locked:
                throw GalleyError(.failure, .write(.branchLocked(branch: branchName, detail: error.message)))
            default:
                throw GalleyError(.failure, .write(.branchNotMoved(branch: branchName, detail: error.message)))
            }
        }
        if updatesWorkTree {
            let paths = change.files.map(\.path)
            do {
                try repository.syncWorkTree(paths: paths, temporaryPrefix: RepositoryFileNames.temporaryFilePrefix)
            } catch {
                // Undo the branch move so the step is not half-recorded; the new text stays on disk.
                let undo = parent.map { (previous) -> Bool in
                    (try? repository.updateReference(branchReference, to: previous, expecting: commit, logMessage: "galley: undo \(change.message.subject)")) != nil
                } ?? false
                throw GalleyError(.failure, .write(
                    undo
                        ? .indexNotUpdatedUndone(detail: error.message)
                        : .indexNotUpdated(commit: commit.short, detail: error.message, paths: paths)))
            }
        }
        let trailers = change.message.trailers
        let event = Event(
            commit: commit.hex, time: change.time, actor: trailers.actor, role: trailers.role, article: trailers.article,
            transition: trailers.transition, from: trailers.from, to: trailers.to, note: change.message.note.map(CommitMessage.sanitizedNote),
            outsideWorkflow: false)
        return RecordedStep(event: event, path: change.articlePath)
    }

    /// Nothing lost: refuse when a file this change writes has uncommitted edits
    /// in the work tree (other than the ones the change takes as its input).
    private func checkWorkTree(for change: Change) throws(GalleyError) {
        let repository = self.repository
        for file in change.files where !change.acceptsWorkTreeEdits.contains(file.path) {
            let status = try git("checking \(file.path)", { () throws(GitError) in try repository.status(ofPath: file.path) })
            guard status.isClean else {
                if let id = change.message.trailers.article, file.path.hasSuffix("/\(id)/\(ArticleLayout.fileName)") {
                    throw GalleyError(refusal: .workspace(.uncommittedArticleEdits(path: file.path, article: id)))
                }
                throw GalleyError(refusal: .workspace(.uncommittedChanges(path: file.path)))
            }
        }
    }

    /// Now, in the newsroom's time zone, to the second.
    static func now(in config: NewsroomConfig) -> Timestamp {
        let seconds = Date().timeIntervalSince1970.rounded(.down)
        return Timestamp(date: Date(timeIntervalSince1970: seconds), timeZone: config.timeZone)
    }
}
