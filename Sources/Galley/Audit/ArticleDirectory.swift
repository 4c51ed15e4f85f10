import GitKit

/// Which article ids exist in the tree of the commit being judged, and where:
/// a create is legal only for an id that exists nowhere in the tree. The replay's
/// first tree is read only when a create asks (a push of approvals never pays for
/// it), from the hook's `DirectoryCache` when there is one, else by a scan; the
/// articles each commit adds are followed on top.
struct ArticleDirectory {
    private let repository: Repository
    private let baseTree: ObjectID?
    /// The hook's copy of `baseTree`'s folders (a trusted tree); dropped at its first failure.
    private var cache: DirectoryCache?
    private var described: DirectoryCache.Described?
    /// id → path of its index.md in `baseTree`, when scanned (no cache).
    private var scanned: [String: String]?
    /// Articles added since `baseTree`, the first path of each id.
    private var added: [String: String] = [:]

    init(repository: Repository, baseTree: ObjectID?, cache: DirectoryCache? = nil) {
        self.repository = repository
        self.baseTree = baseTree
        self.cache = cache
    }

    /// The path of the article with this id, if the tree has one: where `baseTree` has it, else where it was first added.
    mutating func path(of id: String) throws(GalleyError) -> String? {
        if let base = try basePath(of: id) { return base }
        return added[id]
    }

    /// Follows one commit's changes: a file added in an article folder makes its id exist.
    /// Deletions are not followed: an id once in the history stays taken (deleting an article is a violation anyway).
    mutating func follow(_ changes: [PathChange]) {
        for change in changes where change.oldBlob == nil && change.newBlob != nil {
            guard case .article(let id, let folder) = NewsroomPath(change.path) else { continue }
            if added[id] == nil { added[id] = folder + "/" + ArticleLayout.fileName }
        }
    }

    private mutating func basePath(of id: String) throws(GalleyError) -> String? {
        guard let baseTree else { return nil }
        if let cache {
            do {
                let described = try self.described ?? cache.describing(baseTree, in: repository)
                self.described = described
                return try described.path(of: id)
            } catch {
                // Only a cache: what the tree says is read from the tree instead.
                self.cache = nil
            }
        }
        if scanned == nil {
            var paths: [String: String] = [:]
            for folder in try ArticleFolders.all(in: baseTree, repository) { paths[folder.id] = folder.path }
            scanned = paths
        }
        return scanned?[id]
    }
}
