import Foundation
import GitKit

/// The newsroom as it stood at one commit: its config, workflow and people
/// (the rules in force there) and read access to its articles.
public final class Snapshot {
    let repository: Repository
    public let commit: ObjectID
    /// The people, workflow and settings every step at this commit is judged by.
    public let rules: RulesInForce
    public var config: NewsroomConfig { rules.config }
    public var workflow: Workflow { rules.workflow }
    public var people: People { rules.people }

    /// The blob ids the rules were parsed from, when they were looked up by them.
    let rulesKey: RulesCache.Key?

    /// `rulesFrom`: the commit whose rules files are in force at `commit` (itself, unless a later
    /// change of them was illegal and so never came into force). The rules are taken, by their
    /// blob ids, from `known` (the handle's last snapshot: a step leaves the rules files alone),
    /// else from `cache`, else parsed, and then kept in `cache` when `keep`.
    init(
        repository: Repository, commit: ObjectID, rulesFrom: ObjectID? = nil, cache: RulesCache? = nil, keep: Bool = false,
        known: Snapshot? = nil
    ) throws(GalleyError) {
        self.repository = repository
        self.commit = commit
        let source = rulesFrom ?? commit
        let key = cache == nil && known == nil ? nil : try RulesCache.Key.of(source, in: repository)
        rulesKey = key
        if let key, let known, known.rulesKey == key {
            rules = known.rules
        } else if let key, let kept = cache?.rules(for: key) {
            rules = kept
        } else {
            rules = try RulesInForce.load(repository, at: source, missing: .damaged)
            if let key, let cache, keep { cache.keep(rules, for: key) }
        }
    }

    /// Text of any file at this commit, or nil when absent.
    public func fileText(_ path: String) throws(GalleyError) -> String? {
        guard let data = try git("reading \(path)", { () throws(GitError) in try repository.fileData(at: path, inCommit: commit) }) else {
            return nil
        }
        return try TextInput.decode(data, what: path)
    }

    /// Every article id with the path of its `index.md`, from the tree layout
    /// `articles/YYYY/MM/DD/<id>/index.md`.
    public func articlePaths() throws(GalleyError) -> [(id: String, path: String)] {
        var found: [(id: String, path: String)] = []
        let repository = self.repository
        let years = try git("listing articles", { () throws(GitError) in try repository.treeEntries(at: ArticleLayout.root, inCommit: commit) })
        for year in years where year.kind == .tree {
            let months = try git("listing articles", { () throws(GitError) in try repository.treeEntries(ofTree: year.id) })
            for month in months where month.kind == .tree {
                let days = try git("listing articles", { () throws(GitError) in try repository.treeEntries(ofTree: month.id) })
                for day in days where day.kind == .tree {
                    let ids = try git("listing articles", { () throws(GitError) in try repository.treeEntries(ofTree: day.id) })
                    for entry in ids where entry.kind == .tree && ArticleID.isValid(entry.name) {
                        found.append((entry.name, "\(ArticleLayout.root)/\(year.name)/\(month.name)/\(day.name)/\(entry.name)/\(ArticleLayout.fileName)"))
                    }
                }
            }
        }
        return found
    }

    /// Path of an article's `index.md`, or nil when no article has that id.
    public func path(ofArticle id: String) throws(GalleyError) -> String? {
        guard ArticleID.isValid(id) else { return nil }
        return try articlePaths().first { $0.id == id }?.path
    }

    /// The article with this id; `notFound` (exit 1) when there is none.
    public func article(_ id: String) throws(GalleyError) -> StoredArticle {
        guard let path = try path(ofArticle: id) else {
            throw GalleyError(.notFound, .unknownArticle(article: id, commit: commit.short))
        }
        return try article(at: path)
    }

    /// Reads and parses the article at `path`; corrupt content is a failure (exit 1), not the user's input.
    public func article(at path: String) throws(GalleyError) -> StoredArticle {
        guard let text = try fileText(path) else { throw GalleyError(.notFound, .lookup(.noFileAtCommit(path: path, commit: commit.short))) }
        do {
            return StoredArticle(path: path, document: try ArticleDocument.parse(text, path: path))
        } catch {
            throw GalleyError(.failure, .repository(.corruptArticle(commit: nil, cause: ErrorCause(error))))
        }
    }

    /// Every article, in path order (by creation day).
    public func allArticles() throws(GalleyError) -> [StoredArticle] {
        var articles: [StoredArticle] = []
        for entry in try articlePaths() { articles.append(try article(at: entry.path)) }
        return articles
    }
}
