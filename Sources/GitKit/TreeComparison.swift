internal import CGit2

/// Compares the trees of consecutive commits, reusing the trees the last comparison read
/// (see `TreeSource`). For a replay oldest first; any order is correct, just slower.
public final class TreeComparison {
    private let repository: Repository
    private let trees: TreeSource

    public init(repository: Repository) {
        self.repository = repository
        self.trees = TreeSource(repository: repository)
    }

    /// Like `Repository.changes(from:to:under:)`.
    public func changes(from oldTree: ObjectID?, to newTree: ObjectID?,
                        under prefixes: [String] = []) throws(GitError) -> [PathChange] {
        defer { trees.rotate() }
        return try repository.changes(from: oldTree, to: newTree, under: prefixes, trees: trees)
    }
}
