/// How far each state of a workflow lies from publication, counted in
/// transitions. It tells a step that moves an article on (submit, approve,
/// publish) from one that sends it back, drops it or acts after publication
/// (reject, spike, retract, correct): `queue` lists what waits on a person —
/// articles they may move on — and a published article waits on nobody.
/// Derived from the workflow's graph, so a newsroom's own workflow needs no
/// extra markings.
public struct WorkflowProgress: Sendable {
    /// Transitions from each state to the nearest goal; absent when no goal can be reached.
    private let distance: [String: Int]
    /// False when the workflow has neither a published nor a final state: then any change of state counts.
    private let hasGoal: Bool

    /// The goals are the published states, or the final ones in a workflow that publishes nothing.
    public init(_ workflow: Workflow) {
        var goals = workflow.states.filter(\.isPublished).map(\.name)
        if goals.isEmpty { goals = workflow.states.filter(\.isFinal).map(\.name) }
        var distance: [String: Int] = [:]
        for goal in goals { distance[goal] = 0 }
        // Breadth first over the transitions backwards: each round settles the states one step further out.
        var frontier = Set(goals)
        var steps = 0
        while !frontier.isEmpty {
            steps += 1
            var next: Set<String> = []
            for transition in workflow.transitions where frontier.contains(transition.to) {
                for state in transition.from where distance[state] == nil {
                    distance[state] = steps
                    next.insert(state)
                }
            }
            frontier = next
        }
        self.distance = distance
        hasGoal = !goals.isEmpty
    }

    /// Whether taking `transition` from `state` brings the article nearer to publication.
    public func movesForward(_ transition: Workflow.Transition, from state: String) -> Bool {
        guard transition.to != state else { return false }
        guard hasGoal else { return true }
        guard let after = distance[transition.to] else { return false }
        guard let before = distance[state] else { return true }
        return after < before
    }
}
