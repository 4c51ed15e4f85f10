import GitKit

/// An article's version: the blob id of its `index.md`. A form that edits an article carries
/// the version it started from, and `save(…, basedOn:)` refuses once the article has moved on,
/// so a slow editor never silently overwrites what another person wrote meanwhile.
extension Snapshot {
    public func version(ofArticleAt path: String) throws(GalleyError) -> String {
        let repository = self.repository
        let commit = self.commit
        guard let entry = try git("reading \(path)", { () throws(GitError) in try repository.treeEntry(at: path, inCommit: commit) }) else {
            throw .notFound("no file \(path) at \(commit.short)")
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
