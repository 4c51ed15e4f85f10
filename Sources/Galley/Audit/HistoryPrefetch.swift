import Foundation
import GitKit

/// Reads a range of history oldest first on its own thread, with its own repository
/// handle, and hands the prepared commits over in order. `verify` spends about half its
/// time in libgit2 walking commits and comparing trees; with a second core that now runs
/// beside the judging instead of before it. Memory stays bounded: the reader waits when
/// `capacity` batches are waiting.
final class HistoryPrefetch {
    private let handOver: HandOver
    private var pending: [PreparedCommit] = []
    private var nextIndex = 0

    /// Starts reading the commits from `tip` back to (not including) `hidden`.
    init(_ location: RepositoryLocation, tip: ObjectID, hiding hidden: [ObjectID], batchSize: Int = 64, capacity: Int = 16) {
        let handOver = HandOver(capacity: capacity)
        self.handOver = handOver
        let thread = Thread {
            Self.read(location, tip: tip, hidden: hidden, batchSize: batchSize, into: handOver)
        }
        thread.name = "galley-history-prefetch"
        thread.start()
    }

    deinit { handOver.cancel() }

    /// The next commit in replay order, nil at the end; rethrows the reader's failure in its place.
    func next() throws(GalleyError) -> PreparedCommit? {
        if nextIndex == pending.count {
            switch handOver.take() {
            case nil: return nil
            case .failure(let error)?: throw error
            case .commits(let batch)?:
                pending = batch
                nextIndex = 0
                if batch.isEmpty { return nil }
            }
        }
        defer { nextIndex += 1 }
        return pending[nextIndex]
    }

    private static func read(_ location: RepositoryLocation, tip: ObjectID, hidden: [ObjectID], batchSize: Int, into handOver: HandOver) {
        do throws(GalleyError) {
            let repository = try git("opening \(location.gitDirectory)", { () throws(GitError) in try Repository.open(location) })
            let ids = try CommitOrder(repository, tip: tip, hidden: hidden)
            let comparison = TreeComparison(repository: repository)
            var previous: Commit?
            var batch: [PreparedCommit] = []
            batch.reserveCapacity(batchSize)
            while let id = try ids.next() {
                let commit = try git("reading commit \(id.short)", { () throws(GitError) in try repository.commit(id) })
                // Linear history: the parent is the commit read just before, its tree already known.
                let parentTree: ObjectID??
                if commit.parents.isEmpty {
                    parentTree = .some(nil)
                } else if let previous, previous.id == commit.parents[0] {
                    parentTree = .some(previous.tree)
                } else {
                    parentTree = nil
                }
                batch.append(try PreparedCommit.read(commit, parentTree: parentTree, in: repository, comparing: comparison))
                previous = commit
                if batch.count == batchSize {
                    try SignatureCheck.checkAhead(&batch, in: repository)
                    guard handOver.put(.commits(batch)) else { return }
                    batch = []
                    batch.reserveCapacity(batchSize)
                }
            }
            if !batch.isEmpty {
                try SignatureCheck.checkAhead(&batch, in: repository)
                guard handOver.put(.commits(batch)) else { return }
            }
            handOver.finish()
        } catch {
            _ = handOver.put(.failure(error))
            handOver.finish()
        }
    }
}
