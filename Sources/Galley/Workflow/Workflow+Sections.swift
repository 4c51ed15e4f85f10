/// Per-section rights (issue 12, as NukeViet's per-category rights): a role the workflow lists
/// in `section_roles` grants its steps and edits only on articles in one of the person's
/// `sections:` (people.yaml). A person without sections is not limited, so a newsroom that has
/// not divided its desk keeps working; an article without a section is in nobody's sections.
/// Creating an article is not limited (its section is chosen by the text it carries).
extension Workflow {
    /// Whether `role` lets `person` act on `article` as far as sections go.
    func actsInSection(_ role: String, _ person: Person, _ article: ArticleStanding?) -> Bool {
        guard let article, sectionRoles.contains(role), !person.sections.isEmpty else { return true }
        return article.section.map(person.sections.contains) ?? false
    }

    /// The refusal when only the section limit keeps `person` from `transition`: a role of theirs
    /// would grant it anywhere else. Nil when they lack the role (the usual refusal says so).
    func sectionRefusal(_ transition: Transition, for person: Person, article: ArticleStanding) -> Message? {
        guard transition.by.contains(where: { sectionRoles.contains($0) && person.has(role: $0) }) else { return nil }
        return .assignment(
            .outsideSections(person: person.id, step: transition.name, article: article.id, section: article.section, sections: person.sections))
    }
}

extension Message {
    /// A refusal only the section limit causes: `verify` names it `outside-sections`.
    var isOutsideSections: Bool {
        if case .assignment(.outsideSections) = self { return true }
        return false
    }
}
