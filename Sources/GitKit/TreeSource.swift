internal import CGit2

/// The trees one comparison reads, owned until released. Kept across comparisons by
/// `TreeComparison`: in a replay the old side of each commit's diff is the new side of
/// the previous one, so those trees are not looked up (and re-inflated) again.
final class TreeSource {
    private let repository: Repository
    /// Trees read by the comparison under way.
    private var current: [ObjectID: OpaquePointer] = [:]
    /// Trees read by the previous comparison, reused when asked for again.
    private var previous: [ObjectID: OpaquePointer] = [:]

    init(repository: Repository) {
        self.repository = repository
    }

    deinit { releaseAll() }

    func tree(_ id: ObjectID) throws(GitError) -> OpaquePointer {
        if let tree = current[id] { return tree }
        let tree: OpaquePointer
        if let kept = previous.removeValue(forKey: id) {
            tree = kept
        } else {
            tree = try repository.lookupTree(id)
        }
        current[id] = tree
        return tree
    }

    /// Ends a comparison: its trees become the ones offered to the next; older ones are freed.
    func rotate() {
        for tree in previous.values { git_tree_free(tree) }
        previous = current
        current = [:]
    }

    func releaseAll() {
        for tree in current.values { git_tree_free(tree) }
        for tree in previous.values { git_tree_free(tree) }
        current = [:]
        previous = [:]
    }
}
