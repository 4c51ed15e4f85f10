import GitKit

/// Which article ids exist in the tree of the commit being judged, and where:
/// a create is legal only for an id that exists nowhere in the tree. Built from
/// the replay's first tree only when a create asks (a push of approvals never
/// pays for the scan), then kept in step with every commit's changes.
struct ArticleDirectory {
    private let repository: Repository
    private let baseTree: ObjectID?
    /// id → path of its index.md; nil until the first lookup scans `baseTree`.
    private var paths: [String: String]?
    /// Articles seen added since `baseTree`, applied on top of the scan.
    private var pending: [(id: String, path: String)] = []

    init(repository: Repository, baseTree: ObjectID?) {
        self.repository = repository
        self.baseTree = baseTree
    }

    /// The path of the article with this id, if the tree has one.
    mutating func path(of id: String) throws(GalleyError) -> String? {
        if paths == nil {
            var scanned: [String: String] = [:]
            if let baseTree { try scan(baseTree, into: &scanned) }
            for change in pending where scanned[change.id] == nil { scanned[change.id] = change.path }
            pending = []
            paths = scanned
        }
        return paths?[id]
    }

    /// Follows one commit's changes: a file added in an article folder makes its id exist.
    /// Deletions are not followed: an id once in the history stays taken (deleting an article is a violation anyway).
    mutating func follow(_ changes: [PathChange]) {
        for change in changes where change.oldBlob == nil && change.newBlob != nil {
            guard case .article(let id, let folder) = NewsroomPath(change.path) else { continue }
            let path = folder + "/" + ArticleLayout.fileName
            if paths != nil {
                if paths?[id] == nil { paths?[id] = path }
            } else {
                pending.append((id, path))
            }
        }
    }

    private func scan(_ tree: ObjectID, into paths: inout [String: String]) throws(GalleyError) {
        let repository = self.repository
        func entries(_ tree: ObjectID) throws(GalleyError) -> [TreeEntry] {
            try git("listing articles", { () throws(GitError) in try repository.treeEntries(ofTree: tree) })
        }
        guard let root = try entries(tree).first(where: { $0.name == ArticleLayout.root && $0.kind == .tree }) else { return }
        for year in try entries(root.id) where year.kind == .tree {
            for month in try entries(year.id) where month.kind == .tree {
                for day in try entries(month.id) where day.kind == .tree {
                    for entry in try entries(day.id) where entry.kind == .tree && ArticleID.isValid(entry.name) {
                        // A folder of that name is enough: the id is taken even if the folder lacks index.md.
                        paths[entry.name] = "\(ArticleLayout.root)/\(year.name)/\(month.name)/\(day.name)/\(entry.name)/\(ArticleLayout.fileName)"
                    }
                }
            }
        }
    }
}
