/// Facts about assignments, section rights and comments (issue 12), a case of their own
/// so the shared catalog's lists stay as they are.
public enum AssignmentMessage: Sendable, Equatable {
    /// `assign` by someone who does not run the desk; `roles` are those who may.
    case assignNotPermitted(person: String, roles: [String])
    /// The person given to `--to` is not in people.yaml; `whoMay` lists who may take a next step.
    case unknownAssignee(person: String, whoMay: [String])
    /// The person given to `--to` is deactivated.
    case inactiveAssignee(person: String, whoMay: [String])
    /// The person may take no next step from the article's state.
    case assigneeHasNoStep(article: String, person: String, state: String, whoMay: [String])
    case alreadyAssigned(article: String, person: String)
    case notAssigned(article: String)
    case assigned(article: String, person: String)
    case assignmentCleared(article: String)
    /// The `queue` marker of an article assigned to the reader.
    case assignedToYou
    /// `show`'s line naming the assignee.
    case assigneeLine(person: String)
    /// A role limited to its sections, on an article outside them (`section` nil: the article has none).
    case outsideSections(person: String, step: String, article: String, section: String?, sections: [String])
    /// `comment` by someone not working on the article.
    case commentNotPermitted(person: String, article: String)
    case commentNeedsNote
    case commented(article: String)
    /// people.yaml gives a person a section galley.yaml does not list.
    case unknownPersonSection(person: String, given: String, sections: [String])
    /// A section list for a person in a newsroom that lists no sections.
    case noSectionList(person: String)
    case sectionsSet(person: String, sections: [String])
    /// `assign` given both `--to` and `--clear`, or neither.
    case toOrClear
}
