/// Comments (issue 12): an exchange between desk and reporter recorded as a commit that
/// changes no file — the same tree as its parent, so no text and no record moves — with its
/// note as the content. Allowed in any state, to anyone working on the article.
extension StepSemantics {
    static func comment(_ step: ArticleStep, _ current: StoredArticle, _ workflow: Workflow) throws(StepRefusal) -> StepOutcome {
        let meta = current.document.meta
        if step.content != nil || step.publishAt != nil || step.embargoUntil != nil || step.assignee != nil {
            throw StepRefusal(.contentNotEditable, .stepCarriesNoText(step: StepName.comment, article: meta.id))
        }
        guard let note = step.note, !note.allSatisfy(\.isWhitespace) else {
            throw StepRefusal(.notPermitted, .assignment(.commentNeedsNote))
        }
        guard let role = workflow.commentRole(on: current, for: step.actor) else {
            throw StepRefusal(.notPermitted, .assignment(.commentNotPermitted(person: step.actor.id, article: meta.id)))
        }
        var outcome = StepOutcome(
            document: current.document, path: current.path,
            trailers: GalleyTrailers(article: meta.id, transition: StepName.comment, from: meta.state, to: meta.state, actor: step.actor.id, role: role),
            transition: nil)
        outcome.writesFile = false
        return outcome
    }
}

extension Workflow {
    /// The relation `assignee`: the person an article is assigned to, as `Galley-Role` of their comment.
    public static let assigneeRelation = "assignee"
    /// The relation `participant`: someone the article names as having approved or corrected it.
    public static let participantRelation = "participant"

    /// Through what `person` works on the article, so may comment on it: its author; the desk
    /// (a role that approves or publishes, within its sections); its assignee; someone who approved
    /// it this round or corrected it; anyone who may take a step or edit it now. Read from the
    /// article alone (the step semantics never read history), in that order; nil for anyone else.
    func commentRole(on article: StoredArticle, for person: Person) -> String? {
        let meta = article.document.meta
        let standing = article.standing
        guard person.active else { return nil }
        if meta.author == person.id { return Self.authorRelation }
        if let role = assignRoles.first(where: { person.has(role: $0) && actsInSection($0, person, standing) }) { return role }
        if meta.assignee == person.id { return Self.assigneeRelation }
        if meta.approvals.contains(person.id) || meta.corrections.contains(where: { $0.actor == person.id }) { return Self.participantRelation }
        if let transition = availableTransitions(on: standing, for: person).first,
            let role = grantingRole(transition, for: person, article: standing)
        {
            return role
        }
        return editingRole(on: standing, for: person)
    }
}
