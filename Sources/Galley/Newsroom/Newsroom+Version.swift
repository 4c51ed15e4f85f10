import Foundation
import GitKit

/// An article's version: the blob id of its `index.md`. A form that edits an article carries
/// the version it started from, and `save(…, basedOn:)` refuses once the article has moved on,
/// so a slow editor never silently overwrites what another person wrote meanwhile.
extension Snapshot {
    public func version(ofArticleAt path: String) throws(GalleyError) -> String {
        let repository = self.repository
        let commit = self.commit
        guard let entry = try git("reading \(path)", { () throws(GitError) in try repository.treeEntry(at: path, inCommit: commit) }) else {
            throw GalleyError(.notFound, .lookup(.noFileAtCommit(path: path, commit: commit.short)))
        }
        return entry.id.hex
    }
}

extension Newsroom {
    /// The article and its version, read from one snapshot, if the person may edit it now
    /// (the same refusal `editableArticle` and a save give).
    public func articleForEditing(_ id: String, actorID: String?) throws(GalleyError) -> (article: StoredArticle, version: String) {
        let snapshot = try snapshot()
        let actor = try actor(explicitID: actorID, in: snapshot)
        let stored = try self.article(id, in: snapshot)
        guard actor.active else { throw GalleyError(refusal: .deactivated(person: actor.id)) }
        guard snapshot.workflow.editingRole(on: stored.standing, for: actor) != nil else {
            throw GalleyError(refusal: snapshot.workflow.editRefusal(on: stored.standing, for: actor))
        }
        return (stored, try snapshot.version(ofArticleAt: stored.path))
    }
}

extension Snapshot {
    /// A file beside an article's `index.md` (an image, a document): its bytes, or nil when
    /// the article has no such file. `name` is one path component: nothing outside the folder.
    public func articleFile(_ name: String, besideArticleAt path: String) throws(GalleyError) -> Data? {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\\"), name != ArticleLayout.fileName else { return nil }
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let repository = self.repository
        let commit = self.commit
        return try git("reading \(folder)/\(name)", { () throws(GitError) in try repository.fileData(at: "\(folder)/\(name)", inCommit: commit) })
    }
}
