/// The people, states and transitions a filter names (`list --state`, `log --actor` …),
/// checked against the newsroom's rules at the tip: a name that means nothing there is
/// refused (exit 3) with what does exist, rather than answered with an empty list.
/// Sections are matched against galley.yaml's list, or taken as they are when it lists none.
public enum FilterNames {
    /// A section by key or label, without regard to case or marks (`"thoi su"`, `"Thời sự"` → `thoi-su`);
    /// one the newsroom's list lacks is refused with the list. Without a list, the text as given.
    public static func section(_ given: String?, in config: NewsroomConfig) throws(GalleyError) -> String? {
        guard let given else { return nil }
        guard let key = config.section(matching: given) else { throw GalleyError(.invalidInput, config.unknownSection(given)) }
        return key
    }

    /// A state by its name, or by its label without regard to case or Vietnamese marks
    /// (`"Đã xuất bản"`, `"da xuat ban"` → `published` in the standard workflow).
    public static func state(_ given: String?, in workflow: Workflow, option: String = "--state") throws(GalleyError) -> String? {
        guard let given else { return nil }
        if workflow.state(given) != nil { return given }
        let folded = fold(given)
        let matching = workflow.states.filter { fold($0.name) == folded || $0.label.map(fold) == folded }
        if matching.count == 1, let state = matching.first { return state.name }
        guard matching.isEmpty else {
            throw GalleyError(.invalidInput, .ambiguousState(given: given, option: option, matching: matching.map(Message.StateRef.init)))
        }
        throw GalleyError(
            .invalidInput,
            .unknownState(
                given: given, option: option, workflow: workflow.name, states: workflow.states.map(Message.StateRef.init),
                suggestions: Suggestions.nearest(given, among: workflow.states.map(\.name))))
    }

    /// A person by id, from people.yaml at the tip (deactivated people included: they stay in the history).
    public static func person(_ given: String?, in people: People) throws(GalleyError) -> String? {
        guard let given else { return nil }
        if people.person(given) != nil { return given }
        throw GalleyError(.invalidInput, Message.unknownPerson(person: given, known: people.people.map(\.id)))
    }

    /// A step name: a transition of the workflow, or one of Galley's own steps (`init`,
    /// `revise`, `people`, `config`), as `log` shows them.
    public static func transition(_ given: String?, in workflow: Workflow, option: String = "--transition") throws(GalleyError) -> String? {
        guard let given else { return nil }
        let names = workflow.transitionNames + [StepName.initialize, StepName.revise, StepName.embargo, StepName.assign, StepName.comment, StepName.people, StepName.config]
            .filter { !workflow.transitionNames.contains($0) }
        if names.contains(given) { return given }
        throw GalleyError(
            .invalidInput,
            .unknownTransition(given: given, option: option, workflow: workflow.name, names: names, suggestions: Suggestions.nearest(given, among: names)))
    }

    /// Folded as article ids and search fold (marks dropped, đ → d, lowercase), with
    /// runs of spaces made one.
    private static func fold(_ text: String) -> String {
        ArticleID.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
