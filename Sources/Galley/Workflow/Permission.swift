/// What the workflow says about one person taking one step on one article.
/// The same judgement serves the CLI (before writing), `queue` (what may I do
/// now) and `verify` (was this old step legal under the rules of its time).
public enum Permission: Sendable, Equatable {
    /// Allowed; `role` is the role (or `author`) that grants it, recorded as `Galley-Role`.
    case allowed(Workflow.Transition, role: String)
    /// Refused; one line saying why and who may do what instead.
    case refused(String)
}

/// The facts about an article a decision needs (front matter of the parent commit).
public struct ArticleStanding: Sendable, Equatable {
    public var id: String
    public var state: String
    public var author: String
    /// Who approved in the current round (`forbid: earlier-approvers`).
    public var approvals: [String]

    public init(id: String, state: String, author: String, approvals: [String] = []) {
        self.id = id
        self.state = state
        self.author = author
        self.approvals = approvals
    }
}

extension Workflow {
    /// The role or relation through which `person` may take `transition` on the article, ignoring `forbid`.
    func grantingRole(_ transition: Transition, for person: Person, article: ArticleStanding?) -> String? {
        for actor in transition.by {
            if actor == Self.authorRelation {
                if let article, article.author == person.id { return actor }
            } else if person.has(role: actor) {
                return actor
            }
        }
        return nil
    }

    /// The `forbid` rule that stops `person`, described, or nil.
    func forbiddenReason(_ transition: Transition, for person: Person, article: ArticleStanding) -> String? {
        if transition.forbid.contains(Self.authorRelation) && article.author == person.id {
            return "the author may not \(transition.name) their own article"
        }
        if transition.forbid.contains(Self.earlierApprovers) && article.approvals.contains(person.id) {
            return "\(person.id) already approved it in this round; another person must give this approval"
        }
        return nil
    }

    /// Decides whether `person` may take the step called `name` on `article`
    /// (nil for `create`). `note` and `hasBody` are checked against the transition's requirements.
    public func permission(
        _ name: String, on article: ArticleStanding?, by person: Person, note: String?, hasBody: Bool = false
    ) -> Permission {
        guard person.active else {
            return .refused("\(person.id) is deactivated and may take no step; an admin can reactivate them with `galley people set`")
        }
        let transition: Transition
        if let article {
            guard let found = self.transition(named: name, from: article.state) else {
                return .refused(
                    "'\(article.id)' is \(describe(article.state)): no '\(name)' from there. "
                        + hint(for: person, on: article))
            }
            transition = found
        } else {
            guard let found = creation, name == found.name else { return .refused("'\(name)' cannot start an article") }
            transition = found
        }
        guard let role = grantingRole(transition, for: person, article: article) else {
            let subject = article.map { "'\($0.id)' (\(describe($0.state)))" } ?? "a new article"
            var line = "\(person.id) (\(rolesText(person))) may not \(name) \(subject): that step is for \(whoMay(transition))."
            if let article { line += " " + hint(for: person, on: article) }
            return .refused(line)
        }
        if let article, let reason = forbiddenReason(transition, for: person, article: article) {
            return .refused("\(reason). '\(name)' here is for \(whoMay(transition)). " + hint(for: person, on: article))
        }
        if transition.requiresNote && (note ?? "").allSatisfy(\.isWhitespace) {
            return .refused("\(name) needs a note saying why: add -m \"…\"")
        }
        if transition.requiresBody && !hasBody {
            return .refused("\(name) carries the new text: add --body-file FILE")
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
            if actor != Self.authorRelation, person.has(role: actor) { return actor }
        }
        return nil
    }

    /// "Content of 'x' (Đã duyệt (approved)) may be edited by: nobody" style explanation.
    public func whoMayEdit(_ state: String) -> String {
        let editors = self.state(state)?.edit ?? []
        return editors.isEmpty ? "nobody (use a transition instead)" : editors.map(actorName).joined(separator: " or ")
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

    /// "Here thanhphu may: submit, spike." or "… may take no step here."
    func hint(for person: Person, on article: ArticleStanding) -> String {
        let names = availableTransitions(on: article, for: person).map(\.name)
        if names.isEmpty {
            return transitions(from: article.state).isEmpty
                ? "It is \(describe(article.state)), a final state."
                : "\(person.id) has no step to take on it now."
        }
        return "Here \(person.id) may: \(names.joined(separator: ", "))."
    }

    func describe(_ state: String) -> String { self.state(state)?.display ?? state }

    private func rolesText(_ person: Person) -> String {
        person.roles.isEmpty ? "no roles" : person.roles.joined(separator: ", ")
    }

    private func actorName(_ actor: String) -> String { actor == Self.authorRelation ? "the author" : actor }
}

extension Workflow {
    /// `permission(…)` for callers that write: the granted transition and role, or the refusal thrown (exit 3).
    func authorize(
        _ name: String, on article: ArticleStanding?, by person: Person, note: String?, hasBody: Bool = false
    ) throws(GalleyError) -> (transition: Transition, role: String) {
        switch permission(name, on: article, by: person, note: note, hasBody: hasBody) {
        case .allowed(let transition, let role): return (transition, role)
        case .refused(let reason): throw .refused(reason)
        }
    }
}
