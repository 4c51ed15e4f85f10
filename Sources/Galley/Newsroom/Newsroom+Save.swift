import Foundation

/// Where the new content of a `save` comes from.
public enum ContentSource: Sendable {
    /// New body text (from `--body-file`); front matter unchanged.
    case body(String)
    /// A whole edited `index.md` (the work-tree copy, or `$EDITOR`'s file):
    /// title, byline, section, tags and body may change; Galley's own fields may not.
    case document(String)
    /// The work tree's copy of the article, read under the write lock.
    case workTree
}

extension Newsroom {
    /// Commits a content revision (`Galley-Transition: revise`, From = To = the state)
    /// if the workflow lets the actor edit in the article's state. No change, no commit: returns nil.
    public func save(_ id: String, content: ContentSource?, title newTitle: String? = nil, actorID: String?) throws(GalleyError) -> RecordedStep? {
        let newTitle = try newTitle.map { (text) throws(GalleyError) in try TextInput.singleLine(text, what: "the title") }
        return try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let stored = try self.article(id, in: snapshot)
            let workflow = snapshot.workflow
            let standing = stored.standing
            guard actor.active else {
                throw .refused("\(actor.id) is deactivated and may not edit; an admin can reactivate them with `galley people set \(actor.id) --role …`")
            }
            guard let role = workflow.editingRole(on: standing, for: actor) else {
                throw .refused(
                    "'\(id)' is \(workflow.describe(standing.state)): its text may be edited by \(workflow.whoMayEdit(standing.state)), not by \(actor.id). "
                        + workflow.hint(for: actor, on: standing))
            }
            var document = stored.document
            var acceptsWorkTreeEdits: Set<String> = []
            switch content {
            case .body(let body)?:
                document.body = ArticleBody.normalized(body)
            case .document(let text)?:
                document = try Self.merge(edited: text, into: stored)
            case .workTree?:
                document = try Self.merge(edited: try self.workTreeText(of: stored), into: stored)
                acceptsWorkTreeEdits = [stored.path]
            case nil:
                break
            }
            if let newTitle { document.meta.title = newTitle }
            guard document != stored.document else { return nil }
            let now = Self.now(in: snapshot.config)
            document.meta.updated = now
            let state = standing.state
            let message = CommitMessage(
                subject: CommitMessage.subject(transition: "revise", title: document.meta.title, from: state, to: state), note: nil,
                trailers: GalleyTrailers(article: id, transition: "revise", from: state, to: state, actor: actor.id, role: role))
            return Change(
                files: [.init(path: stored.path, content: document.rendered())], message: message, actor: actor, time: now,
                articlePath: stored.path, acceptsWorkTreeEdits: acceptsWorkTreeEdits)
        }
    }

    /// Takes the editable parts of a hand-edited `index.md`; refuses (exit 3) a change to Galley's own fields.
    static func merge(edited text: String, into stored: StoredArticle) throws(GalleyError) -> ArticleDocument {
        let edited = try ArticleDocument.parse(TextInput.normalize(text), path: stored.path)
        let old = stored.document.meta
        let new = edited.meta
        let protected: [(String, Bool)] = [
            ("id", new.id != old.id), ("state", new.state != old.state), ("author", new.author != old.author),
            ("created", new.created != old.created), ("draft", new.draft != old.draft),
            ("approvals", new.approvals != old.approvals), ("corrections", new.corrections != old.corrections),
        ]
        let changed = protected.filter(\.1).map(\.0)
        guard changed.isEmpty else {
            throw .invalidInput(
                "\(stored.path): \(changed.joined(separator: ", ")) may not be edited by hand (they record the workflow); restore \(changed.count == 1 ? "it" : "them") and save again — states change with transitions such as `galley submit \(old.id)`")
        }
        var document = stored.document
        document.meta.title = try TextInput.singleLine(new.title, what: "the title")
        document.meta.byline = new.byline
        document.meta.section = new.section
        document.meta.tags = new.tags
        document.meta.extra = new.extra
        document.body = ArticleBody.normalized(edited.body)
        return document
    }

    /// The work tree's copy of an article, strictly decoded.
    func workTreeText(of stored: StoredArticle) throws(GalleyError) -> String {
        guard let workTree = repository.workTree else {
            throw .invalidInput("this repository has no work tree: give the text with --body-file FILE, or use `galley edit`")
        }
        let url = URL(fileURLWithPath: workTree).appendingPathComponent(stored.path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .notFound("\(stored.path) is missing from the work tree: restore it with `git checkout -- \(stored.path)`")
        }
        return try TextInput.decode(data, what: stored.path)
    }
}

extension Newsroom {
    /// The article, if the acting person may edit its text now (checked before opening an editor).
    public func editableArticle(_ id: String, actorID: String?) throws(GalleyError) -> StoredArticle {
        let snapshot = try snapshot()
        let actor = try actor(explicitID: actorID, in: snapshot)
        let stored = try self.article(id, in: snapshot)
        let workflow = snapshot.workflow
        guard actor.active else {
            throw .refused("\(actor.id) is deactivated and may not edit; an admin can reactivate them with `galley people set \(actor.id) --role …`")
        }
        guard workflow.editingRole(on: stored.standing, for: actor) != nil else {
            throw .refused(
                "'\(id)' is \(workflow.describe(stored.standing.state)): its text may be edited by \(workflow.whoMayEdit(stored.standing.state)), not by \(actor.id)")
        }
        return stored
    }
}
