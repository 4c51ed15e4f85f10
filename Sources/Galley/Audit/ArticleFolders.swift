import GitKit

/// Which article folders a tree has: the one definition that the replay's directory and the
/// hook's on-disk copy of it (`DirectoryCache`) share. Under `articles/` come three levels of
/// folders (year, month, day, whatever their names), then folders named by a valid article id.
/// A folder of that name is enough: the id is taken even if the folder lacks index.md.
enum ArticleFolders {
    /// One article folder: its id and the path its index.md has (or would have).
    struct Folder: Hashable, Sendable {
        let id: String
        let path: String
    }

    /// Every article folder of the root tree `tree`, in git's tree order.
    static func all(in tree: ObjectID, _ repository: Repository) throws(GalleyError) -> [Folder] {
        var found: [Folder] = []
        try walk(from: nil, to: try articles(of: tree, repository), level: 0, prefix: ArticleLayout.root, repository) { folder, isAdded in
            if isAdded { found.append(folder) }
        }
        return found
    }

    /// The article folders that `new` has and `old` has not, and the other way round (two root
    /// trees). Only subtrees whose ids differ are read, so two trees a push apart cost the few
    /// folders that push changed.
    static func changes(from old: ObjectID, to new: ObjectID, _ repository: Repository) throws(GalleyError) -> (removed: [Folder], added: [Folder]) {
        var removed: [Folder] = []
        var added: [Folder] = []
        try walk(from: try articles(of: old, repository), to: try articles(of: new, repository), level: 0, prefix: ArticleLayout.root, repository) {
            folder, isAdded in
            if isAdded { added.append(folder) } else { removed.append(folder) }
        }
        return (removed, added)
    }

    /// The `articles` folder of a root tree.
    private static func articles(of tree: ObjectID, _ repository: Repository) throws(GalleyError) -> ObjectID? {
        try entries(tree, repository).first { $0.name == ArticleLayout.root && $0.kind == .tree }?.id
    }

    private static func entries(_ tree: ObjectID, _ repository: Repository) throws(GalleyError) -> [TreeEntry] {
        try git("listing articles", { () throws(GitError) in try repository.treeEntries(ofTree: tree) })
    }

    /// Levels 0–2 are the year, month and day folders; at level 3 the day's folders are the articles.
    private static func walk(
        from old: ObjectID?, to new: ObjectID?, level: Int, prefix: String, _ repository: Repository,
        _ visit: (Folder, _ isAdded: Bool) -> Void
    ) throws(GalleyError) {
        if old == new { return }
        let oldEntries = try old.map { (tree) throws(GalleyError) in try entries(tree, repository).filter { $0.kind == .tree } } ?? []
        let newEntries = try new.map { (tree) throws(GalleyError) in try entries(tree, repository).filter { $0.kind == .tree } } ?? []
        if level == 3 {
            func folders(_ entries: [TreeEntry]) -> [Folder] {
                entries.filter { ArticleID.isValid($0.name) }.map {
                    Folder(id: $0.name, path: "\(prefix)/\($0.name)/\(ArticleLayout.fileName)")
                }
            }
            let before = folders(oldEntries)
            let after = folders(newEntries)
            let kept = Set(before).intersection(after)
            for folder in before where !kept.contains(folder) { visit(folder, false) }
            for folder in after where !kept.contains(folder) { visit(folder, true) }
            return
        }
        // Names in tree order: the new tree's, then those only the old one has.
        let oldByName = Dictionary(oldEntries.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        for entry in newEntries where seen.insert(entry.name).inserted {
            try walk(from: oldByName[entry.name], to: entry.id, level: level + 1, prefix: prefix + "/" + entry.name, repository, visit)
        }
        for entry in oldEntries where seen.insert(entry.name).inserted {
            try walk(from: entry.id, to: nil, level: level + 1, prefix: prefix + "/" + entry.name, repository, visit)
        }
    }
}
