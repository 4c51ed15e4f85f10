extension Newsroom {
    /// Takes the workflow step `name` on article `id`: one commit that moves its
    /// `state` (and, for `correct`, replaces its text and appends to `corrections`).
    /// Refused (exit 3, nothing written) when the workflow does not allow it.
    public func transition(
        _ id: String, _ name: String, note: String?, body newBody: String? = nil, actorID: String?
    ) throws(GalleyError) -> RecordedStep {
        let note = note.map(CommitMessage.sanitizedNote).flatMap { $0.isEmpty ? nil : $0 }
        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let stored = try self.article(id, in: snapshot)
            let workflow = snapshot.workflow
            let transition: Workflow.Transition
            let role: String
            do throws(GalleyError) {
                (transition, role) = try workflow.authorize(name, on: stored.standing, by: actor, note: note, hasBody: newBody != nil)
            } catch {
                throw try self.withLatestStep(error, article: id)
            }
            if newBody != nil && !transition.requiresBody {
                throw .refused("\(name) carries no text; change the text with `galley save \(id) --body-file FILE` where the workflow allows it")
            }
            let now = Self.now(in: snapshot.config)
            var document = stored.document
            let from = document.meta.state
            document.meta.state = transition.to
            document.meta.draft = !(workflow.state(transition.to)?.isPublished ?? false)
            document.meta.updated = now
            if transition.isApproval {
                document.meta.approvals.append(actor.id)
            }
            // A new review round starts when the article goes back to its author.
            if workflow.state(transition.to)?.edit.contains(Workflow.authorRelation) == true {
                document.meta.approvals = []
            }
            if let newBody {
                let body = ArticleBody.normalized(newBody)
                guard body != document.body else {
                    throw .refused("the corrected text is identical to the published text: nothing to correct")
                }
                document.body = body
                document.meta.corrections.append(Correction(time: now, actor: actor.id, note: note ?? ""))
            }
            let message = CommitMessage(
                subject: CommitMessage.subject(transition: transition.name, title: document.meta.title, from: from, to: transition.to),
                note: note,
                trailers: GalleyTrailers(article: id, transition: transition.name, from: from, to: transition.to, actor: actor.id, role: role))
            return Change(
                files: [.init(path: stored.path, content: document.rendered())], message: message, actor: actor, time: now,
                articlePath: stored.path)
        }
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
        let states = last.from.map { "\($0) → \(last.to ?? "")" } ?? "→ \(last.to ?? "")"
        return .refused("\(refusal.message) Last step: \(transition) (\(states)) by \(actor) at \(last.time.iso8601) [\(last.commit.prefix(7))].")
    }
}
