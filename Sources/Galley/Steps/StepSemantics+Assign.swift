/// Assignments (issue 12), part of the one step semantics: `assign` records in front matter
/// who should take the article's next step. Only the desk assigns (those who approve or
/// publish), only to an active person who may take some next step from the article's state,
/// and only a Galley step writes `assignee`: verify and the hook re-run this for every commit.
extension StepSemantics {
    /// `assign ID --to PERSON` sets or changes the assignee, `--clear` removes it; the state stays.
    static func assign(_ step: ArticleStep, _ current: StoredArticle, _ rules: RulesInForce) throws(StepRefusal) -> StepOutcome {
        let standing = current.standing
        if step.content != nil || step.publishAt != nil || step.embargoUntil != nil {
            throw StepRefusal(.contentNotEditable, .stepCarriesNoText(step: StepName.assign, article: standing.id))
        }
        let workflow = rules.workflow
        let roles = workflow.assignRoles
        guard let role = roles.first(where: { step.actor.has(role: $0) && workflow.actsInSection($0, step.actor, standing) }) else {
            if roles.contains(where: step.actor.has(role:)) {
                throw StepRefusal(
                    .outsideSections,
                    .assignment(.outsideSections(
                        person: step.actor.id, step: StepName.assign, article: standing.id, section: standing.section, sections: step.actor.sections)))
            }
            throw StepRefusal(.notPermitted, .assignment(.assignNotPermitted(person: step.actor.id, roles: roles)))
        }
        var document = current.document
        if let id = step.assignee {
            let whoMay = workflow.whoMayTakeANextStep(on: standing, among: rules.people)
            guard let person = rules.people.person(id) else {
                throw StepRefusal(.badAssignee, .assignment(.unknownAssignee(person: id, whoMay: whoMay)))
            }
            guard person.active else { throw StepRefusal(.badAssignee, .assignment(.inactiveAssignee(person: id, whoMay: whoMay))) }
            guard workflow.mayTakeANextStep(on: standing, person) else {
                throw StepRefusal(
                    .badAssignee,
                    .assignment(.assigneeHasNoStep(article: standing.id, person: id, state: workflow.describe(standing.state), whoMay: whoMay)))
            }
            guard document.meta.assignee != id else { throw StepRefusal(.noChange, .assignment(.alreadyAssigned(article: standing.id, person: id))) }
        } else if document.meta.assignee == nil {
            throw StepRefusal(.noChange, .assignment(.notAssigned(article: standing.id)))
        }
        document.meta.assignee = step.assignee
        // `updated` stays: an assignment routes work and changes nothing a reader sees, like a comment; and on a
        // published article the last content step's time is what a correction notice cites as its publication.
        let state = standing.state
        return StepOutcome(
            document: document, path: current.path,
            trailers: GalleyTrailers(article: standing.id, transition: StepName.assign, from: state, to: state, actor: step.actor.id, role: role),
            transition: nil)
    }

    /// An assignment is for the step at hand: a transition that moves the article to another
    /// state clears it (the next desk assigns anew); one that stays (a correction) keeps it, as
    /// do revisions, embargoes and comments.
    static func clearAssignment(_ document: inout ArticleDocument, from: String, to: String) {
        if from != to { document.meta.assignee = nil }
    }
}

extension Workflow {
    /// Who may assign: the desk, the roles that approve or publish (as for an embargo; in
    /// `standard` editor and chief, in `three-level` section-editor, secretary and chief).
    public var assignRoles: [String] { embargoRoles }

    /// Whether `person` may take the article's next step now (role, sections, forbid): one that moves
    /// it on toward publication, as `queue` counts it, so the assignment shows in their queue; where no
    /// step moves it on (a published article: correct, retract), any step of the state.
    func mayTakeANextStep(on article: ArticleStanding, _ person: Person) -> Bool {
        let progress = WorkflowProgress(self)
        let leaving = transitions(from: article.state)
        let forward = leaving.contains { progress.movesForward($0, from: article.state) }
        return availableTransitions(on: article, for: person).contains { !forward || progress.movesForward($0, from: article.state) }
    }

    /// The active people who may take a next step on the article: whom it can be assigned to.
    public func whoMayTakeANextStep(on article: ArticleStanding, among people: People) -> [String] {
        people.people.filter { $0.active && mayTakeANextStep(on: article, $0) }.map(\.id)
    }
}
