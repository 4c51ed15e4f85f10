import GitKit

/// What changed in an article between two revisions.
public struct ArticleDiff: Sendable {
    public struct Revision: Sendable {
        public var commit: String
        public var state: String
    }

    public var article: String
    public var from: Revision
    public var to: Revision
    /// Title changes, empty when the title stayed.
    public var title: [WordDiff.Segment]
    public var body: [WordDiff.Segment]
    /// Every front-matter field that changed (the title among them), in front-matter order.
    public var fields: [FieldChange]

    /// Nothing a person writes changed: the body, the title and the other content fields are the
    /// same (the workflow's record — state, approvals, updated — may have moved).
    public var isEmpty: Bool { !body.contains { $0.operation != .equal } && !fields.contains(where: \.isContent) }
}

extension Newsroom {
    /// Word-level changes of article `id` between `from` and `to` — each a
    /// commit, or a state name meaning the revision at which the article last
    /// entered that state. Defaults: the reporter's last submission → the tip.
    public func diff(_ id: String, from: String?, to: String?) throws(GalleyError) -> ArticleDiff {
        let snapshot = try snapshot()
        let path = try article(id, in: snapshot).path
        let workflow = snapshot.workflow
        let fromCommit: ObjectID
        if let from {
            fromCommit = try revision(from, of: id, workflow: workflow)
        } else {
            guard let submitted = try lastEvent(of: id, where: { $0.transition == "submit" }) else {
                throw GalleyError(refusal: .workspace(.neverSubmitted(article: id)))
            }
            fromCommit = submitted
        }
        let toCommit = try to.map { (text) throws(GalleyError) in try revision(text, of: id, workflow: workflow) } ?? snapshot.commit
        let old = try article(at: path, in: fromCommit)
        let new = try article(at: path, in: toCommit)
        let titleChanged = old.meta.title != new.meta.title
        return ArticleDiff(
            article: id,
            from: .init(commit: fromCommit.hex, state: old.meta.state),
            to: .init(commit: toCommit.hex, state: new.meta.state),
            title: titleChanged ? WordDiff.segments(from: old.meta.title, to: new.meta.title) : [],
            body: WordDiff.segments(from: old.body, to: new.body),
            fields: FieldDiff.changes(from: old.meta, to: new.meta))
    }

    private func revision(_ text: String, of id: String, workflow: Workflow) throws(GalleyError) -> ObjectID {
        if workflow.state(text) != nil {
            guard let commit = try lastEvent(of: id, where: { $0.to == text && $0.from != text }) else {
                throw GalleyError(.notFound, .lookup(.neverEnteredState(article: id, state: text)))
            }
            return commit
        }
        do {
            return try repository.resolveCommit(text)
        } catch {
            throw GalleyError(.notFound, .lookup(.neitherStateNorCommit(given: text, workflow: workflow.name)))
        }
    }

    /// The newest event of article `id` that `matches`.
    private func lastEvent(of id: String, where matches: (Event) -> Bool) throws(GalleyError) -> ObjectID? {
        var found: ObjectID?
        try events(EventFilter(article: id)) { (event) throws(GalleyError) in
            guard matches(event) else { return true }
            found = ObjectID(hex: event.commit)
            return false
        }
        return found
    }

    private func article(at path: String, in commit: ObjectID) throws(GalleyError) -> ArticleDocument {
        let repository = self.repository
        guard let data = try git("reading \(path)", { () throws(GitError) in try repository.fileData(at: path, inCommit: commit) }) else {
            throw GalleyError(.notFound, .lookup(.articleDidNotExistYet(commit: commit.short)))
        }
        do {
            return try ArticleDocument.parse(try TextInput.decode(data, what: path), path: path)
        } catch {
            throw GalleyError(.failure, .repository(.corruptArticle(commit: commit.short, cause: ErrorCause(error))))
        }
    }
}
