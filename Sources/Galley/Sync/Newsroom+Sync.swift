import Foundation
import GitKit

extension Newsroom {
    /// How many times sync fetches, replays and pushes again after losing a race to another clone.
    static let syncAttempts = 8

    /// `galley sync`: fetch the central branch, replay the local steps it lacks onto
    /// its tip (each re-judged there; illegal ones kept under `refs/galley/conflicts/`),
    /// move the local branch, then push with compare-and-swap, retrying on a lost race.
    /// Runs under this repository's write lock, so no local step is written meanwhile.
    public func sync() throws(GalleyError) -> SyncReport {
        let central = try centralRepository()
        let lock = try takeWriteLockForSync()
        defer { lock.release() }
        var report = SyncReport(central: central.shown, sent: 0, received: 0, conflicts: [], attempts: 0)
        while report.attempts < Self.syncAttempts {
            report.attempts += 1
            let centralTip = try central.fetch(into: repository, branch: branchName)
            let localTip = try tip()
            if report.attempts == 1 { report.received = try count(from: centralTip, hiding: localTip) }
            if localTip == centralTip { return report }
            if try isAncestor(localTip, of: centralTip) {
                try moveBranch(from: localTip, to: centralTip)
                return report
            }
            var newTip = localTip
            if !(try isAncestor(centralTip, of: localTip)) {
                newTip = try replayLocalSteps(from: localTip, onto: centralTip, report: &report)
                try moveBranch(from: localTip, to: newTip)
            }
            if newTip == centralTip { return report }
            let sending = try count(from: newTip, hiding: centralTip)
            switch try central.push(from: repository, branch: branchName, expected: centralTip, new: newTip) {
            case .pushed:
                report.sent = sending
                return report
            case .lostRace:
                continue
            }
        }
        throw .failure(
            "the central repository kept moving while galley tried to send your steps (\(report.attempts) attempts); they are safe here: run galley sync again")
    }

    /// The central repository this clone syncs with (git's remote `origin`).
    func centralRepository() throws(GalleyError) -> CentralRepository {
        let repository = self.repository
        guard let url = try git("reading the remote", { () throws(GitError) in try repository.remoteURL(CentralRepository.remoteName) })
        else {
            throw .notFound(
                "this newsroom has no central repository (no git remote 'origin'): make clones with `galley clone URL`, or add one with `git remote add origin URL`")
        }
        return CentralRepository(url: url)
    }

    private func takeWriteLockForSync() throws(GalleyError) -> RepositoryLock {
        let lock: RepositoryLock
        do {
            lock = try repository.acquireWriteLock(fileName: RepositoryFileNames.writeLock, timeout: Self.writeLockTimeout)
        } catch {
            throw Self.writeLockError(error, central: nil)
        }
        for file in lock.clearedStaleLockFiles {
            notices.append(.clearedStaleLock(file: file))
        }
        if lock.previousHolderDied {
            for path in try repairWorkTreeAfterCrash() {
                notices.append(.repairedWorkTree(path: path))
            }
        }
        return lock
    }

    /// Replays (localTip's steps not in centralTip) onto centralTip; keeps the ones that no longer
    /// apply under refs/galley/conflicts/ (before the branch moves, so they are never lost). Returns the new tip.
    private func replayLocalSteps(from localTip: ObjectID, onto centralTip: ObjectID, report: inout SyncReport) throws(GalleyError) -> ObjectID {
        let repository = self.repository
        guard try git("finding the common history", { () throws(GitError) in try repository.mergeBase(localTip, centralTip) }) != nil else {
            throw GalleyError(.failure, .sync(.noSharedHistory))
        }
        let signer = try SigningKeyLocation.locate(in: repository).map { (location) throws(GalleyError) in try CommitSigner.load(location) }
        defer { signer?.cleanUp() }
        var replayer = try Replayer(repository: repository, onto: centralTip, signer: signer)
        var blocked: Set<String> = []
        var kept: [(commit: Commit, article: String?, reason: ConflictReason)] = []
        let walker = try git("listing local steps", { () throws(GitError) in
            try repository.commitWalker(from: localTip, hiding: [centralTip], firstParentOnly: true, oldestFirst: true)
        })
        while let id = try git("listing local steps", { () throws(GitError) in try walker.next() }) {
            let commit = try git("reading \(id.short)", { () throws(GitError) in try repository.commit(id) })
            let article = CommitMessage.parse(commit.message)?.trailers.article
            if let article, blocked.contains(article) {
                kept.append((commit, article, .followsKeptStep))
                continue
            }
            switch try replayer.replay(commit) {
            case .applied, .alreadyThere: continue
            case .conflict(let reason):
                if let article { blocked.insert(article) }
                let context = try article.flatMap { (id) throws(GalleyError) in try replayer.lastCentralStep(on: id, before: localTip) }
                kept.append((commit, article, context.map { .after($0, reason) } ?? reason))
            }
        }
        for entry in kept {
            let reference = try keepConflict(entry.commit, article: entry.article)
            let message = CommitMessage.parse(entry.commit.message)
            report.conflicts.append(SyncReport.Conflict(
                reference: reference, article: entry.article, step: message?.subject ?? entry.commit.message.prefix { $0 != "\n" }.description,
                actor: message?.trailers.actor, why: entry.reason))
        }
        return replayer.tip
    }

    /// Moves the local branch (compare-and-swap) and, with a work tree, the files that changed;
    /// refuses before moving when one of those files has uncommitted edits.
    func moveBranch(from old: ObjectID, to new: ObjectID) throws(GalleyError) {
        let repository = self.repository
        var paths: [String] = []
        if !repository.isBare {
            let oldTree = try git("reading \(old.short)", { () throws(GitError) in try repository.commit(old).tree })
            let newTree = try git("reading \(new.short)", { () throws(GitError) in try repository.commit(new).tree })
            paths = try git("comparing", { () throws(GitError) in try repository.changes(from: oldTree, to: newTree) }).map(\.path)
            for path in paths {
                let status = try git("checking \(path)", { () throws(GitError) in try repository.status(ofPath: path) })
                guard status.isClean else {
                    throw GalleyError(refusal: .workspace(.syncWouldOverwrite(path: path)))
                }
            }
            if repository.isIndexLocked {
                throw GalleyError(.failure, .sync(.indexLockedDuringSync(gitDirectory: repository.gitDirectory)))
            }
        }
        do {
            try repository.updateReference(branchReference, to: new, expecting: old, logMessage: "galley: sync")
        } catch {
            throw GalleyError(.failure, .sync(.branchMovedDuringSync(branch: branchName)))
        }
        if !paths.isEmpty {
            try git("updating the work tree", { () throws(GitError) in try repository.syncWorkTree(paths: paths, temporaryPrefix: RepositoryFileNames.temporaryFilePrefix) })
        }
    }

    func count(from tip: ObjectID, hiding: ObjectID) throws(GalleyError) -> Int {
        let repository = self.repository
        let walker = try git("counting steps", { () throws(GitError) in try repository.commitWalker(from: tip, hiding: [hiding]) })
        var total = 0
        while try git("counting steps", { () throws(GitError) in try walker.next() }) != nil { total += 1 }
        return total
    }

    func isAncestor(_ ancestor: ObjectID, of commit: ObjectID) throws(GalleyError) -> Bool {
        let repository = self.repository
        return try git("comparing histories", { () throws(GitError) in try repository.isDescendant(commit, of: ancestor) })
    }
}
