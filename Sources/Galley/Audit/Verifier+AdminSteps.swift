import GitKit

/// `people` and `config` steps: an admin (by the people in force before the
/// commit) changing only what that step may change (`AdminRule`), leaving
/// rules that load and an active admin.
extension Verifier {
    /// Returns the rules the commit would bring into force when it is legal; nil when it changes no rules file.
    mutating func checkAdminStep(
        _ commit: Commit, _ message: CommitMessage, _ person: Person?, _ changes: [PathChange], _ rules: RulesInForce
    ) -> RulesInForce? {
        let id = commit.id.hex
        let trailers = message.trailers
        let name = trailers.transition
        guard let person else { return nil }  // unknown or inactive: already reported
        do throws(StepRefusal) {
            let role = try AdminRule.authorize(person, rules.people)
            if trailers.role != role {
                report(id, nil, .wrongRole, .adminStepRole(claimed: trailers.role, step: name, role: role))
            }
        } catch {
            report(id, nil, error.rule, .notAdmin(person: person.id))
        }
        if trailers.article != nil || trailers.from != nil || trailers.to != nil {
            report(id, trailers.article, .trailerMismatch, .adminStepNamesArticle(step: name))
        }
        guard !changes.isEmpty else {
            report(id, nil, .noChange, .adminStepChangesNothing(step: name))
            return nil
        }
        var rulesChanged = false
        for change in changes {
            if case .rules = NewsroomPath(change.path) { rulesChanged = true }
            if !AdminRule.step(name, mayChange: change.path) {
                report(id, Self.article(of: change.path), .unexplainedChange, .notWrittenByAdminStep(path: change.path, step: name))
            }
        }
        guard rulesChanged else { return nil }
        let next: RulesInForce
        do {
            next = try RulesInForce.load(repository, at: commit.id)
        } catch {
            report(id, nil, .corruptConfig, .rulesDoNotLoad(reason: .init(error)))
            return nil
        }
        do throws(StepRefusal) {
            try AdminRule.check(next.people)
            try PeopleSections.check(next.people, next.config)
        } catch {
            report(id, nil, error)
        }
        return next
    }
}
