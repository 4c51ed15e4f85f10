import GitKit

/// The replay's commits oldest first: a plain list when the range is one chain (the
/// newsroom branch is linear), libgit2's topological walk when it holds merges.
final class CommitOrder {
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
