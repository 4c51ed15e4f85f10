import Foundation

/// `galley correct`: the new text of a published article comes from `--body-file`, or else
/// from the work tree's `index.md` (edited in place, as `save` takes it), and `--title`
/// corrects a wrong headline, alone or with the text. `StepSemantics` decides the rest.
extension Newsroom {
    public func correct(
        _ id: String, note: String?, body newBody: String?, title newTitle: String?, transition name: String = "correct",
        replacingPhoto photo: PhotoReplacement? = nil, actorID: String?
    ) throws(GalleyError) -> RecordedStep {
        let note = note.map(CommitMessage.sanitizedNote).flatMap { $0.isEmpty ? nil : $0 }
        let replacement = try photo.map { (photo) throws(GalleyError) -> AttachmentChange in
            let limit = try snapshot().config.attachmentLimitBytes
            let given = photo.name ?? URL(fileURLWithPath: photo.path).lastPathComponent
            let data = try Self.readBounded(photo.path, limit: limit + 1)
            return .replace(name: photo.replacing, with: AttachmentFile(name: given, data: data, caption: photo.caption, credit: photo.credit, alt: photo.alt))
        }
        let newTitle = try newTitle.map { (text) throws(GalleyError) in try TextInput.singleLine(text, what: .title) }
        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let stored = try self.article(id, in: snapshot)
            var content: ArticleContent? = ArticleContent(of: stored.document)
            var fromWorkTree = false
            if let newBody {
                content?.body = newBody
            } else if self.repository.workTree != nil {
                let edited = try Self.merge(edited: try self.workTreeText(of: stored), into: stored)
                if edited == stored.document && newTitle == nil && replacement == nil {
                    throw GalleyError(.refused, .correction(.workTreeUnchanged(article: stored.document.meta.id, path: stored.path)))
                }
                content = ArticleContent(of: edited)
                fromWorkTree = true
            } else if newTitle == nil && replacement == nil {
                content = nil  // no text at all: the workflow says what the step needs
            }
            if let newTitle { content?.title = newTitle }
            let request = ArticleStep(
                kind: .transition(name), article: stored.document.meta.id, actor: actor, note: note, time: Self.now(in: snapshot.config),
                content: content, attachment: replacement)
            var change = try self.change(for: request, on: stored, in: snapshot)
            if fromWorkTree { change.acceptsWorkTreeEdits = [stored.path] }
            return change
        }
        // English only on purpose: an allowed step always records a change; unreachable.
        guard let step else { throw .failure("internal: \(name) recorded nothing") }
        return step
    }
}
