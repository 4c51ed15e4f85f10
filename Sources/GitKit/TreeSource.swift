internal import CGit2

/// The trees comparisons read, owned until released. Kept across comparisons by
/// `TreeComparison`: in a replay the old side of a commit's diff was the new side of a
/// recent one (the previous commit's for the top folders, that of the last step on the same
/// article for the article's own folders), so those trees are not looked up, inflated and
/// hash-checked again. A tree stays while a comparison among the last `generations` used it.
/// Keyed by object id, so a kept tree is exactly the tree asked for: nothing about a path
/// is assumed.
final class TreeSource {
    private struct Kept {
        let tree: OpaquePointer
        /// The comparison (counted by `rotate`) that last used it.
        var lastUse: Int
    }

    private let repository: Repository
    private var kept: [ObjectID: Kept] = [:]
    /// The comparison under way.
    private var generation = 0
    /// How many recent comparisons' trees are kept. On a 100k-commit newsroom history, the
    /// previous comparison's trees alone missed 2 of the 8 trees a commit asks for; the last
    /// 256 comparisons' miss 0.002 (articles are worked on a few dozen commits apart).
    private let generations: Int
    /// A bound on the trees kept whatever their age, for a history whose commits each touch
    /// thousands of folders: past it, only the last comparison's trees are kept.
    private let limit: Int

    init(repository: Repository, generations: Int = 1, limit: Int = 8_192) {
        self.repository = repository
        self.generations = max(1, generations)
        self.limit = limit
    }

    deinit { releaseAll() }

    func tree(_ id: ObjectID) throws(GitError) -> OpaquePointer {
        if let hit = kept[id] {
            kept[id]?.lastUse = generation
            return hit.tree
        }
        let tree = try repository.lookupTree(id)
        kept[id] = Kept(tree: tree, lastUse: generation)
        return tree
    }

    /// Ends a comparison; frees the trees no comparison among the last `generations` used.
    func rotate() {
        let finished = generation
        generation += 1
        // Sweeping costs a pass over the kept trees, so sweep every quarter of the window.
        let sweepEvery = max(1, generations / 4)
        guard generation % sweepEvery == 0 || kept.count > limit else { return }
        let oldestKept = kept.count > limit ? finished : finished - generations + 1
        for (id, entry) in kept.filter({ $0.value.lastUse < oldestKept }) {
            git_tree_free(entry.tree)
            kept.removeValue(forKey: id)
        }
    }

    func releaseAll() {
        for entry in kept.values { git_tree_free(entry.tree) }
        kept = [:]
    }
}
