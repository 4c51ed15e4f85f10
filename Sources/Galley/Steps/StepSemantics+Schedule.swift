import Foundation

/// Scheduling and embargo (issue 12), part of the one step semantics: `publish --at`
/// writes Hugo's `publishDate`, so a site built before that time leaves the page out
/// without any daemon; `embargo` records a time no publication may precede, and no
/// step — Galley's or a plain-git commit replayed by `verify` — can publish before it.
extension StepSemantics {
    /// A publication (into a published state from one that is not) writes `publishDate` = `--at`
    /// (or removes a stale one), and takes effect at that time, or now: never before the embargo.
    /// Any other transition carries no `--at` and leaves `publishDate` as it is.
    static func schedule(
        _ step: ArticleStep, _ transition: Workflow.Transition, from: String, _ document: inout ArticleDocument, _ workflow: Workflow
    ) throws(StepRefusal) {
        guard workflow.isPublished(transition.to), !workflow.isPublished(from) else {
            if step.publishAt != nil { throw StepRefusal(.badSchedule, .editorial(.notAPublication(step: transition.name))) }
            return
        }
        if let at = step.publishAt, at < step.time {
            throw StepRefusal(.badSchedule, .editorial(.timeInPast(option: "--at", time: at.iso8601, now: step.time.iso8601)))
        }
        let effective = step.publishAt ?? step.time
        if let embargo = document.meta.embargo, effective.date < embargo.date {
            throw StepRefusal(
                .embargoed, .editorial(.embargoed(article: document.meta.id, until: embargo.iso8601, effective: effective.iso8601)))
        }
        document.meta.publishDate = step.publishAt
    }

    /// `embargo ID --until T` sets or moves the embargo, `--lift` removes it: only on an article that is not
    /// out yet, by someone who approves or publishes in this workflow, never to a time already past.
    static func embargo(_ step: ArticleStep, _ current: StoredArticle, _ workflow: Workflow) throws(StepRefusal) -> StepOutcome {
        if step.content != nil || step.publishAt != nil {
            throw StepRefusal(.contentNotEditable, .stepCarriesNoText(step: StepName.embargo, article: current.standing.id))
        }
        let roles = workflow.embargoRoles
        guard let role = roles.first(where: step.actor.has(role:)) else {
            throw StepRefusal(.notPermitted, .editorial(.embargoNotPermitted(person: step.actor.id, roles: roles)))
        }
        var document = current.document
        let state = document.meta.state
        guard !workflow.isPublished(state) else { throw StepRefusal(.notPermitted, .editorial(.alreadyPublished(article: document.meta.id))) }
        if let until = step.embargoUntil {
            guard until >= step.time else {
                throw StepRefusal(.badSchedule, .editorial(.timeInPast(option: "--until", time: until.iso8601, now: step.time.iso8601)))
            }
            guard document.meta.embargo != until else { throw StepRefusal(.noChange, .embargoSet(document.meta.id, until)) }
        } else if document.meta.embargo == nil {
            throw StepRefusal(.noChange, .editorial(.noEmbargo(article: document.meta.id)))
        }
        document.meta.embargo = step.embargoUntil
        document.meta.updated = step.time
        return StepOutcome(
            document: document, path: current.path,
            trailers: GalleyTrailers(
                article: document.meta.id, transition: StepName.embargo, from: state, to: state, actor: step.actor.id, role: role),
            transition: nil)
    }
}

extension Message {
    fileprivate static func embargoSet(_ article: String, _ until: Timestamp) -> Message {
        .editorial(.embargoSet(article: article, until: until.iso8601))
    }
}

extension Workflow {
    /// Who may set an embargo: the roles that approve or publish (in `standard`, editor and chief), in workflow order.
    public var embargoRoles: [String] {
        var roles: [String] = []
        let publishes = { (transition: Transition) in self.isPublished(transition.to) && transition.from.contains { !self.isPublished($0) } }
        for transition in transitions where transition.isApproval || publishes(transition) {
            for role in transition.by where role != Self.authorRelation && !roles.contains(role) { roles.append(role) }
        }
        return roles
    }
}

extension ArticleMeta {
    /// Published in the workflow but not shown yet: its `publishDate` is still to come (`list --scheduled`).
    public func isScheduled(at now: Date) -> Bool {
        guard !draft, let publishDate else { return false }
        return publishDate.date > now
    }
}
