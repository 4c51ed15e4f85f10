/// What a step writes, decided in one place (design §7). A pure function of
/// the rules in force, the article as it stands and the step: it gives the
/// exact new `index.md`, its path and the trailers, or the refusal. The CLI
/// writer records its result; `verify`, the central hook and sync's replay
/// recompute it for every commit and require the commit to be exactly that.
public enum StepSemantics {
    /// `current` is the article as it stands before the step: nil when no article
    /// has the id (required for create, fatal for every other step).
    public static func apply(_ step: ArticleStep, to current: StoredArticle?, under rules: RulesInForce) -> Result<StepOutcome, StepRefusal> {
        do throws(StepRefusal) {
            return .success(try outcome(step, current, rules))
        } catch {
            return .failure(error)
        }
    }

    private static func outcome(_ step: ArticleStep, _ current: StoredArticle?, _ rules: RulesInForce) throws(StepRefusal) -> StepOutcome {
        let actor = step.actor
        guard actor.active else {
            throw StepRefusal(.unknownActor, .deactivated(person: actor.id))
        }
        let content = try step.content.map { (content) throws(StepRefusal) in
            do throws(GalleyError) { return try content.validated() } catch {
                throw error.detail.map { StepRefusal(.invalidContent, $0) } ?? StepRefusal(.invalidContent, error.message)
            }
        }
        // Files beside index.md: attach and detach, and a correction that replaces a photo.
        if let attachment = step.attachment, step.kind != .attach, step.kind != .detach, !(attachment.isReplacement && step.kind.isTransition) {
            throw StepRefusal(.trailerMismatch, "a '\(step.kind.name)' step writes no file beside index.md")
        }
        switch step.kind {
        case .create:
            try checkSection(content?.section, was: nil, rules.config)
            return try create(step, content, current, rules.workflow)
        case .revise:
            guard let current else { throw noArticle(step) }
            try checkSection(content?.section, was: current.document.meta.section, rules.config)
            return try revise(step, content, current, rules.workflow)
        case .embargo:
            guard let current else { throw noArticle(step) }
            return try embargo(step, current, rules.workflow)
        case .attach, .detach:
            guard let current else { throw noArticle(step) }
            return try attachment(step, current, rules)
        case .assign:
            guard let current else { throw noArticle(step) }
            return try assign(step, current, rules)
        case .comment:
            guard let current else { throw noArticle(step) }
            return try comment(step, current, rules.workflow)
        case .transition(let name):
            guard let current else { throw noArticle(step) }
            return try transition(name, step, content, current, rules.workflow, rules.config)
        }
    }

    private static func create(
        _ step: ArticleStep, _ content: ArticleContent?, _ current: StoredArticle?, _ workflow: Workflow
    ) throws(StepRefusal) -> StepOutcome {
        if let current {
            throw StepRefusal(.duplicateID, .duplicateID(article: step.article, path: current.path))
        }
        guard ArticleID.isValid(step.article) else {
            throw StepRefusal(.trailerMismatch, "'\(step.article)' is not a valid article id")
        }
        guard let content else { throw StepRefusal(.invalidContent, "a new article needs a title") }
        if step.publishAt != nil || step.embargoUntil != nil { throw StepRefusal(.badSchedule, .editorial(.notAPublication(step: StepName.create))) }
        let (transition, role) = try granted(workflow.permission(StepName.create, on: nil, by: step.actor, note: step.note))
        let meta = ArticleMeta(
            id: step.article, title: content.title, state: transition.to, draft: !workflow.isPublished(transition.to),
            author: step.actor.id, created: step.time, updated: step.time)
        var document = ArticleDocument(meta: meta, body: "")
        content.write(into: &document)
        return StepOutcome(
            document: document, path: ArticleLayout.path(id: step.article, created: step.time),
            trailers: GalleyTrailers(
                article: step.article, transition: transition.name, from: nil, to: transition.to, actor: step.actor.id, role: role),
            transition: transition)
    }

    private static func revise(
        _ step: ArticleStep, _ content: ArticleContent?, _ current: StoredArticle, _ workflow: Workflow
    ) throws(StepRefusal) -> StepOutcome {
        let standing = current.standing
        guard let role = workflow.editingRole(on: standing, for: step.actor) else {
            throw StepRefusal(.contentNotEditable, workflow.editRefusal(on: standing, for: step.actor))
        }
        guard let content else { throw StepRefusal(.invalidContent, "a revision carries the article's text") }
        if step.publishAt != nil || step.embargoUntil != nil { throw StepRefusal(.badSchedule, .editorial(.notAPublication(step: StepName.revise))) }
        var document = current.document
        content.write(into: &document)
        guard document != current.document else {
            throw StepRefusal(.noChange, .revisionChangesNothing(article: standing.id))
        }
        document.meta.updated = step.time
        let state = standing.state
        return StepOutcome(
            document: document, path: current.path,
            trailers: GalleyTrailers(article: standing.id, transition: StepName.revise, from: state, to: state, actor: step.actor.id, role: role),
            transition: nil)
    }

    private static func transition(
        _ name: String, _ step: ArticleStep, _ content: ArticleContent?, _ current: StoredArticle, _ workflow: Workflow, _ config: NewsroomConfig
    ) throws(StepRefusal) -> StepOutcome {
        guard !StepName.reserved.contains(name), name != StepName.create else {
            throw StepRefusal(.trailerMismatch, "'\(name)' is not a step on an existing article")
        }
        let standing = current.standing
        let (transition, role) = try granted(
            workflow.permission(name, on: standing, by: step.actor, note: step.note, hasBody: content != nil))
        var document = current.document
        var files: [BundleFile] = []
        var photo: (old: ArticleResource, new: ArticleResource)?
        if case .replace(let name, let file)? = step.attachment {
            // A correction may replace a photo (StepSemantics+Attachments); it carries the text as it stands.
            guard transition.requiresBody, content != nil else {
                throw StepRefusal(.contentNotEditable, .stepCarriesNoText(step: name, article: standing.id))
            }
            let replaced = try replacePhoto(name, with: file, in: &document, folder: ArticleLayout.folder(of: current.path), limit: config.attachmentLimitBytes)
            files = replaced.files
            photo = (replaced.old, replaced.new)
        }
        if let content {
            guard transition.requiresBody else {
                throw StepRefusal(.contentNotEditable, .stepCarriesNoText(step: name, article: standing.id))
            }
            // A text-carrying transition (a correction) replaces the title and the body (StepSemantics+Correction).
            try correct(step, content, &document, notices: config.pressLawNotices, sections: config.sections, replacedPhoto: photo)
        }
        let from = document.meta.state
        if config.pressLawNotices, workflow.isPublished(from), !workflow.isPublished(transition.to) { try retract(step, &document) }
        if config.pressLawNotices, !workflow.isPublished(from), workflow.isPublished(transition.to) { republish(&document) }
        try schedule(step, transition, from: from, &document, workflow)
        clearAssignment(&document, from: from, to: transition.to)
        document.meta.state = transition.to
        document.meta.draft = !workflow.isPublished(transition.to)
        document.meta.updated = step.time
        if transition.isApproval { document.meta.approvals.append(step.actor.id) }
        // A new review round starts when the article goes back to its author.
        if workflow.startsRound(at: transition.to) { document.meta.approvals = [] }
        var outcome = StepOutcome(
            document: document, path: current.path,
            trailers: GalleyTrailers(article: standing.id, transition: transition.name, from: from, to: transition.to, actor: step.actor.id, role: role),
            transition: transition)
        outcome.files = files
        return outcome
    }

    /// A newsroom that lists its sections takes no other: a create names a listed one, and a revision
    /// that changes the section names a listed one (an article from before the list keeps its own).
    private static func checkSection(_ section: String?, was old: String?, _ config: NewsroomConfig) throws(StepRefusal) {
        guard !config.sections.isEmpty, let section, section != old, !config.sections.contains(where: { $0.key == section }) else { return }
        throw StepRefusal(.unknownSection, config.unknownSection(section))
    }

    private static func granted(_ permission: Permission) throws(StepRefusal) -> (Workflow.Transition, String) {
        switch permission {
        case .allowed(let transition, let role): return (transition, role)
        case .refused(let reason): throw StepRefusal(reason.isOutsideSections ? .outsideSections : .notPermitted, reason)
        }
    }

    static func noArticle(_ step: ArticleStep) -> StepRefusal {
        StepRefusal(.trailerMismatch, "there is no article '\(step.article)' to \(step.kind.name)")
    }
}

extension Workflow {
    /// Articles in `state` are public: front matter `draft: false`.
    func isPublished(_ state: String) -> Bool { self.state(state)?.isPublished ?? false }

    /// A transition into `state` begins a new review round: the article is back with its author
    /// (a state its author may edit), and the approvals start afresh.
    func startsRound(at state: String) -> Bool { self.state(state)?.edit.contains(Workflow.authorRelation) == true }
}
