/// The current review round of an article: the step that began it — its
/// creation, or the step that sent it back to its author — and every step
/// since, oldest first. What a desk reads before acting: why the article came
/// back, and what was said about it since. A round begins where the step
/// semantics clear the approvals (`Workflow.startsRound`).
public struct ArticleRound: Sendable, Equatable {
    /// Oldest first; the last is the article's last step.
    public var steps: [Event]
    /// The step that began the round; nil when the history holds none (an article older than init).
    public var began: Event?

    public init(steps: [Event], began: Event?) {
        self.steps = steps
        self.began = began
    }

    public var lastStep: Event? { steps.last }

    /// The step that sent the article back to its author, when that began the round (not its creation).
    public var sentBack: Event? { began.flatMap { $0.transition == StepName.create ? nil : $0 } }

    /// The round's steps that carry a note, oldest first.
    public var notes: [Event] { steps.filter { $0.note != nil } }
}

extension Workflow {
    /// Whether `event` began a review round of its article: its creation, or a workflow transition
    /// into a state where the round starts afresh.
    func beginsRound(_ event: Event) -> Bool {
        guard !event.outsideWorkflow, let transition = event.transition else { return false }
        if transition == StepName.create { return true }
        guard !StepName.reserved.contains(transition), let to = event.to else { return false }
        return startsRound(at: to)
    }

    /// The states a round begins in, for the index's query.
    var roundStates: [String] { states.map(\.name).filter(startsRound) }
}
