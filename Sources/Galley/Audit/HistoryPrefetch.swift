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
                    try checkSignatures(&batch, in: repository)
                    guard handOver.put(.commits(batch)) else { return }
                    batch = []
                    batch.reserveCapacity(batchSize)
                }
            }
            if !batch.isEmpty {
                try checkSignatures(&batch, in: repository)
                guard handOver.put(.commits(batch)) else { return }
            }
            handOver.finish()
        } catch {
            _ = handOver.put(.failure(error))
            handOver.finish()
        }
    }
}

extension HistoryPrefetch {
    /// Checks the batch's signatures ahead of the judging: read here, then verified in
    /// parallel (ed25519 costs ~90 µs a commit, the largest part of a signed replay).
    private static func checkSignatures(_ batch: inout [PreparedCommit], in repository: Repository) throws(GalleyError) {
        var signed: [(index: Int, content: (signature: Data, signedData: Data))] = []
        for index in batch.indices {
            let commit = batch[index].commit
            guard commit.isSigned else {
                batch[index].signature = .unsigned
                continue
            }
            if let content = try git("reading the signature of \(commit.id.short)", { () throws(GitError) in
                try repository.commitSignature(commit.id)
            }) {
                signed.append((index, content))
            } else {
                batch[index].signature = .unsigned
            }
        }
        guard !signed.isEmpty else { return }
        let contents = signed.map(\.content)
        var checks = [SignatureCheck](repeating: .unsigned, count: contents.count)
        checks.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: contents.count) { item in
                results[item] = SignatureCheck(contents[item])  // each item writes only its own slot
            }
        }
        for (item, entry) in signed.enumerated() { batch[entry.index].signature = checks[item] }
    }
}

/// The replay's commits oldest first: a plain list when the range is one chain (the
/// newsroom branch is linear), libgit2's topological walk when it holds merges.
private final class CommitOrder {
    private var chain: [ObjectID]?
    private var position = 0
    private var walker: CommitWalker?

    init(_ repository: Repository, tip: ObjectID, hidden: [ObjectID]) throws(GalleyError) {
        if hidden.count <= 1 {
            chain = try git("walking the history", { () throws(GitError) in try repository.linearChain(from: tip, to: hidden.first) })
        }
        if chain == nil {
            walker = try git("walking the history", { () throws(GitError) in
                try repository.commitWalker(from: tip, hiding: hidden, oldestFirst: true)
            })
        }
    }

    func next() throws(GalleyError) -> ObjectID? {
        if let chain {
            guard position < chain.count else { return nil }
            defer { position += 1 }
            return chain[position]
        }
        guard let walker else { return nil }
        return try git("walking the history", { () throws(GitError) in try walker.next() })
    }
}

/// A bounded, ordered queue between one reading thread and one consumer.
private final class HandOver: @unchecked Sendable {
    enum Item: Sendable {
        case commits([PreparedCommit])
        case failure(GalleyError)
    }

    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Waits while the queue is full; false when the consumer has gone (stop reading).
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the next item; nil once the reader has finished and everything was taken.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !finished && !cancelled { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
