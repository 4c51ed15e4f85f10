extension Newsroom {
    /// Takes the workflow step `name` on article `id`: one commit that moves its
    /// `state` (and, for `correct`, replaces its text and appends to `corrections`).
    /// Refused (exit 3, nothing written) when the workflow does not allow it.
    /// `publishAt` (`publish --at`) is read in the newsroom's time zone ("2026-12-02 06:00", ISO 8601).
    public func transition(
        _ id: String, _ name: String, note: String?, body newBody: String? = nil, publishAt: String? = nil, actorID: String?
    ) throws(GalleyError) -> RecordedStep {
        let note = note.map(CommitMessage.sanitizedNote).flatMap { $0.isEmpty ? nil : $0 }
        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let stored = try self.article(id, in: snapshot)
            var content: ArticleContent?
            if let newBody {
                content = ArticleContent(of: stored.document)
                content?.body = newBody
            }
            let request = ArticleStep(
                kind: .transition(name), article: stored.document.meta.id, actor: actor, note: note, time: Self.now(in: snapshot.config),
                content: content, publishAt: try publishAt.map { (text) throws(GalleyError) in try snapshot.config.time(text, option: "--at") })
            return try self.change(for: request, on: stored, in: snapshot)
        }
        // English only on purpose: an allowed step always records a change; unreachable.
        guard let step else { throw .failure("internal: \(name) recorded nothing") }
        return step
    }
}

extension Newsroom {
    /// A refusal, told what happened last to the article — when two people act at
    /// once, the one who lost learns who was first.
    func withLatestStep(_ refusal: GalleyError, article: String) throws(GalleyError) -> GalleyError {
        guard refusal.kind == .refused, let last = try latestEvent(of: article), let actor = last.actor,
            let transition = last.transition
        else { return refusal }
        guard let detail = refusal.detail else { return refusal }
        return GalleyError(
            refusal: .withLastStep(
                detail, step: transition, from: last.from, to: last.to, actor: actor, time: last.time.iso8601, commit: String(last.commit.prefix(7))))
    }
}
