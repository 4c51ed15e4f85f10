internal import CGit2

/// Compares the trees of consecutive commits, reusing the trees recent comparisons read
/// (see `TreeSource`). For a replay oldest first; any order is correct, just slower.
public final class TreeComparison {
    private let repository: Repository
    private let trees: TreeSource

    /// `keepingTreesOf`: how many recent comparisons' trees to keep for the next ones.
    public init(repository: Repository, keepingTreesOf generations: Int = 256) {
        self.repository = repository
        self.trees = TreeSource(repository: repository, generations: generations)
    }

    /// Like `Repository.changes(from:to:under:)`.
    public func changes(from oldTree: ObjectID?, to newTree: ObjectID?,
                        under prefixes: [String] = []) throws(GitError) -> [PathChange] {
        defer { trees.rotate() }
        return try repository.changes(from: oldTree, to: newTree, under: prefixes, trees: trees)
    }
}
