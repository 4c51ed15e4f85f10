/// A newsroom's rules: its states, the transitions between them, who may take
/// each one and who may edit content where. Loaded from `workflow.yaml`
/// (format `version: 1`); `verify` reads every version a repository ever had,
/// so the model is plain data with no hidden defaults.
public struct Workflow: Sendable, Equatable {
    /// The relation "the article's author", usable wherever a role is.
    public static let authorRelation = "author"
    /// `forbid:` value: people who already approved in this review round.
    public static let earlierApprovers = "earlier-approvers"
    /// The transition that makes a new article.
    public static let createTransition = StepName.create

    public var version: Int
    public var name: String
    public var description: String?
    public var roles: [String]
    /// States in file order (display order for lists and help).
    public var states: [State]
    public var transitions: [Transition]
    /// Line of the `transitions:` key (of `states:` when absent), for messages about the whole set.
    public var transitionsLine: Int?
    /// `section_roles:` roles that act (take steps, edit) only on articles in a person's own
    /// `sections:` from people.yaml (three-level: section-editor).
    public var sectionRoles: [String] = []

    public struct State: Sendable, Equatable {
        public var name: String
        public var label: String?
        /// Roles (or `author`) who may change content in this state.
        public var edit: [String]
        /// No way out: an article here is finished (spiked, retracted).
        public var isFinal: Bool
        /// Articles here are public: front matter `draft: false`.
        public var isPublished: Bool
        /// Line in the workflow file, for messages.
        public var line: Int?

        public init(
            name: String, label: String? = nil, edit: [String] = [], isFinal: Bool = false, isPublished: Bool = false,
            line: Int? = nil
        ) {
            self.line = line
            self.name = name
            self.label = label
            self.edit = edit
            self.isFinal = isFinal
            self.isPublished = isPublished
        }

        /// "Chờ biên tập (submitted)" when labelled, else the name.
        public var display: String { label.map { "\($0) (\(name))" } ?? name }
    }

    public struct Transition: Sendable, Equatable {
        public var name: String
        /// Empty for `create`, which starts an article.
        public var from: [String]
        public var to: String
        /// Roles, or `author`, allowed to take it.
        public var by: [String]
        /// `author` and/or `earlier-approvers`: people who may not take it even with the role.
        public var forbid: [String]
        public var requiresNote: Bool
        /// `correct`: the step carries new body text.
        public var requiresBody: Bool
        /// Counts as an approval for `earlier-approvers` in this round.
        public var isApproval: Bool
        /// Line in the workflow file, for messages.
        public var line: Int?

        public init(
            name: String, from: [String], to: String, by: [String], forbid: [String] = [],
            requiresNote: Bool = false, requiresBody: Bool = false, isApproval: Bool = false, line: Int? = nil
        ) {
            self.name = name
            self.from = from
            self.to = to
            self.by = by
            self.forbid = forbid
            self.requiresNote = requiresNote
            self.requiresBody = requiresBody
            self.isApproval = isApproval
            self.line = line
        }
    }

    public func state(_ name: String) -> State? { states.first { $0.name == name } }

    /// The state `create` leads to.
    public var initialState: String? { creation?.to }

    public var creation: Transition? { transitions.first { $0.name == Self.createTransition && $0.from.isEmpty } }

    /// The one transition called `name` that leaves `state`, if any.
    public func transition(named name: String, from state: String) -> Transition? {
        transitions.first { $0.name == name && $0.from.contains(state) }
    }

    /// Every transition that leaves `state`, in file order.
    public func transitions(from state: String) -> [Transition] {
        transitions.filter { $0.from.contains(state) }
    }

    /// Distinct transition names, for help and validation of `galley transition`.
    public var transitionNames: [String] {
        var seen: [String] = []
        for transition in transitions where !seen.contains(transition.name) { seen.append(transition.name) }
        return seen
    }

    /// The label of a state, or its name when unlabelled or unknown.
    public func label(of state: String) -> String { self.state(state)?.label ?? state }
}
