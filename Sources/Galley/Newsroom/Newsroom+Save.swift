import Foundation

extension Newsroom {
    /// Commits a content revision (`Galley-Transition: revise`, From = To = the state)
    /// if the workflow lets the actor edit in the article's state. No change, no commit: returns nil.
    /// `basedOn`: the version (`Snapshot.version(ofArticleAt:)`) the new text was written from;
    /// refused, under the write lock, when the article is no longer at that version.
    public func save(
        _ id: String, content source: ContentSource?, title newTitle: String? = nil, edits: ContentEdits = ContentEdits(),
        basedOn version: String? = nil, actorID: String?
    ) throws(GalleyError) -> RecordedStep? {
        let newTitle = try newTitle.map { (text) throws(GalleyError) in try TextInput.singleLine(text, what: .title) }
        return try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let stored = try self.article(id, in: snapshot)
            if let version, try snapshot.version(ofArticleAt: stored.path) != version {
                throw GalleyError(refusal: .desk(.editOutOfDate(article: stored.document.meta.id)))
            }
            var content = ArticleContent(of: stored.document)
            var acceptsWorkTreeEdits: Set<String> = []
            switch source {
            case .body(let body)?:
                content.body = body
            case .document(let text)?:
                content = ArticleContent(of: try Self.merge(edited: text, into: stored))
            case .workTree?:
                content = ArticleContent(of: try Self.merge(edited: try self.workTreeText(of: stored), into: stored))
                acceptsWorkTreeEdits = [stored.path]
            case nil:
                break
            }
            if let newTitle { content.title = newTitle }
            edits.apply(to: &content)
            if let section = content.section, section != stored.document.meta.section {
                content.section = snapshot.config.section(matching: section) ?? section
            }
            let request = ArticleStep(
                kind: .revise, article: stored.document.meta.id, actor: actor, note: nil, time: Self.now(in: snapshot.config), content: content)
            // No change, no commit: the only refusal a save shrugs off.
            if case .failure(let refusal) = StepSemantics.apply(request, to: stored, under: snapshot.rules), refusal.rule == .noChange {
                return nil
            }
            var change = try self.change(for: request, on: stored, in: snapshot)
            change.acceptsWorkTreeEdits = acceptsWorkTreeEdits
            return change
        }
    }

    /// Takes the editable parts of a hand-edited `index.md`; refuses (exit 3) a change to Galley's own fields.
    static func merge(edited text: String, into stored: StoredArticle) throws(GalleyError) -> ArticleDocument {
        let edited = try ArticleDocument.parse(TextInput.normalize(text), path: stored.path)
        let old = stored.document.meta
        let new = edited.meta
        // `updated` is Galley's to set on every step: a stale value in the edited copy is no edit.
        let changed = new.recordDifferences(from: old).filter { $0 != "updated" }
        guard changed.isEmpty else {
            throw .invalidInput(
                "\(stored.path): \(changed.joined(separator: ", ")) may not be edited by hand (they record the workflow); restore \(changed.count == 1 ? "it" : "them") and save again — states change with transitions such as `galley submit \(old.id)`")
        }
        // The files listed under `resources:` are added and removed with the files themselves.
        guard new.resources == old.resources else {
            throw GalleyError(.invalidInput, .attachment(.resourcesByHand(path: stored.path, article: old.id)))
        }
        var document = stored.document
        ArticleContent(of: edited).write(into: &document)
        return document
    }

    /// The work tree's copy of an article, strictly decoded.
    func workTreeText(of stored: StoredArticle) throws(GalleyError) -> String {
        guard let workTree = repository.workTree else {
            throw GalleyError(.invalidInput, .lookup(.noWorkTree(article: nil)))
        }
        let url = URL(fileURLWithPath: workTree).appendingPathComponent(stored.path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GalleyError(.notFound, .lookup(.missingFromWorkTree(path: stored.path)))
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
        guard actor.active else { throw GalleyError(refusal: .deactivated(person: actor.id)) }
        // The same refusal a save would give (StepSemantics' revise), before the editor opens.
        guard workflow.editingRole(on: stored.standing, for: actor) != nil else {
            throw GalleyError(refusal: workflow.editRefusal(on: stored.standing, for: actor))
        }
        return stored
    }
}
