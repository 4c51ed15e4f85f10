/// What the workflow says about one person taking one step on one article.
/// The same judgement serves the CLI (before writing), `queue` (what may I do
/// now) and `verify` (was this old step legal under the rules of its time).
public enum Permission: Sendable, Equatable {
    /// Allowed; `role` is the role (or `author`) that grants it, recorded as `Galley-Role`.
    case allowed(Workflow.Transition, role: String)
    /// Refused: why, and who may do what instead, as facts the catalog renders.
    case refused(Message)
}

extension Workflow {
    /// The role or relation through which `person` may take `transition` on the article, ignoring `forbid`.
    func grantingRole(_ transition: Transition, for person: Person, article: ArticleStanding?) -> String? {
        for actor in transition.by {
            if actor == Self.authorRelation {
                if let article, article.author == person.id { return actor }
            } else if person.has(role: actor), actsInSection(actor, person, article) {
                return actor
            }
        }
        return nil
    }

    /// The `forbid` rule that stops `person`, or nil.
    func forbiddenReason(_ transition: Transition, for person: Person, article: ArticleStanding) -> Message.Forbidden? {
        if transition.forbid.contains(Self.authorRelation) && article.author == person.id { return .ownArticle }
        if transition.forbid.contains(Self.earlierApprovers) && article.approvals.contains(person.id) { return .alreadyApproved }
        return nil
    }

    /// Decides whether `person` may take the step called `name` on `article`
    /// (nil for `create`). `note` and `hasBody` are checked against the transition's requirements.
    public func permission(
        _ name: String, on article: ArticleStanding?, by person: Person, note: String?, hasBody: Bool = false
    ) -> Permission {
        guard person.active else { return .refused(.deactivated(person: person.id)) }
        let transition: Transition
        if let article {
            guard let found = self.transition(named: name, from: article.state) else {
                return .refused(.noSuchStep(article: article.id, state: stateRef(article.state), step: name, instead: instead(for: person, on: article)))
            }
            transition = found
        } else {
            guard let found = creation, name == found.name else { return .refused(.cannotStartArticle(step: name)) }
            transition = found
        }
        guard let role = grantingRole(transition, for: person, article: article) else {
            if let article, let limited = sectionRefusal(transition, for: person, article: article) { return .refused(limited) }
            return .refused(
                .notPermitted(
                    person: person.id, roles: person.roles, step: name, article: article?.id, state: article.map { stateRef($0.state) },
                    whoMay: whoMayTake(transition), instead: article.map { instead(for: person, on: $0) }))
        }
        if let article, let reason = forbiddenReason(transition, for: person, article: article) {
            return .refused(.forbidden(reason, person: person.id, step: name, whoMay: whoMayTake(transition), instead: instead(for: person, on: article)))
        }
        if transition.requiresNote && (note ?? "").allSatisfy(\.isWhitespace) {
            return .refused(.noteRequired(step: name))
        }
        if transition.requiresBody && !hasBody {
            return .refused(.bodyRequired(step: name))
        }
        return .allowed(transition, role: role)
    }

    /// Transitions `person` may take now on `article` (notes and bodies aside): the `queue`.
    public func availableTransitions(on article: ArticleStanding, for person: Person) -> [Transition] {
        guard person.active else { return [] }
        return transitions(from: article.state).filter {
            grantingRole($0, for: person, article: article) != nil
                && forbiddenReason($0, for: person, article: article) == nil
        }
    }

    /// The role or relation through which `person` may edit content of `article` now, or nil.
    public func editingRole(on article: ArticleStanding, for person: Person) -> String? {
        guard person.active, let state = state(article.state) else { return nil }
        for actor in state.edit {
            if actor == Self.authorRelation, article.author == person.id { return actor }
            if actor != Self.authorRelation, person.has(role: actor), actsInSection(actor, person, article) { return actor }
        }
        return nil
    }

    /// "chief (not the author, not an earlier approver)".
    public func whoMay(_ transition: Transition) -> String {
        var text = transition.by.map(actorName).joined(separator: " or ")
        var limits: [String] = []
        if transition.forbid.contains(Self.authorRelation) { limits.append("not the author") }
        if transition.forbid.contains(Self.earlierApprovers) { limits.append("not someone who already approved in this round") }
        if !limits.isEmpty { text += " (\(limits.joined(separator: ", ")))" }
        return text
    }

    /// Why `person` may not edit `article` now, and what they may do instead.
    func editRefusal(on article: ArticleStanding, for person: Person) -> Message {
        .notEditable(
            article: article.id, state: stateRef(article.state), editors: state(article.state)?.edit ?? [], person: person.id,
            instead: instead(for: person, on: article))
    }

    /// Who may take `transition`, as facts.
    func whoMayTake(_ transition: Transition) -> Message.WhoMay {
        Message.WhoMay(
            actors: transition.by, notAuthor: transition.forbid.contains(Self.authorRelation),
            notEarlierApprover: transition.forbid.contains(Self.earlierApprovers))
    }

    /// What `person` may do instead on `article`.
    func instead(for person: Person, on article: ArticleStanding) -> Message.Instead {
        let names = availableTransitions(on: article, for: person).map(\.name)
        if !names.isEmpty { return .steps(person: person.id, names) }
        return transitions(from: article.state).isEmpty ? .finalState(stateRef(article.state)) : .nothing(person: person.id)
    }

    func stateRef(_ state: String) -> Message.StateRef { Message.StateRef(name: state, label: self.state(state)?.label) }

    func describe(_ state: String) -> String { stateRef(state).display }

    private func actorName(_ actor: String) -> String { actor == Self.authorRelation ? "the author" : actor }
}

extension Workflow {
    /// `permission(…)` for callers that write: the granted transition and role, or the refusal thrown (exit 3).
    func authorize(
        _ name: String, on article: ArticleStanding?, by person: Person, note: String?, hasBody: Bool = false
    ) throws(GalleyError) -> (transition: Transition, role: String) {
        switch permission(name, on: article, by: person, note: note, hasBody: hasBody) {
        case .allowed(let transition, let role): return (transition, role)
        case .refused(let reason): throw GalleyError(refusal: reason)
        }
    }
}
