/// The rule checks on a parsed workflow. Errors make a workflow unusable;
/// warnings are what `workflow check` points out to an admin (a missing label).
public enum WorkflowLinter {
    public struct Problem: Sendable, Equatable {
        public enum Severity: String, Sendable { case error, warning }
        public var severity: Severity
        public var line: Int?
        public var message: String

        public init(severity: Severity, line: Int?, message: String) {
            self.severity = severity
            self.line = line
            self.message = message
        }

        public func located(in path: String) -> String {
            if let line { return "\(path):\(line): \(message)" }
            return "\(path): \(message)"
        }

        /// A file that is not a workflow at all (YAML syntax, not a mapping, an unknown key, another
        /// version), as the one error-level problem `workflow check` reports instead of refusing. The
        /// loader's message is `PATH:LINE: …` (see `YAMLFile.fail`); the location is split back out.
        public static func unparsable(_ error: GalleyError, path: String) -> Problem {
            guard error.message.hasPrefix(path + ":") else { return Problem(severity: .error, line: nil, message: error.message) }
            let rest = error.message.dropFirst(path.count + 1)
            let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber)
            if let line = Int(digits), rest.dropFirst(digits.count).hasPrefix(": ") {
                return Problem(severity: .error, line: line, message: String(rest.dropFirst(digits.count + 2)))
            }
            return Problem(severity: .error, line: nil, message: String(rest.drop { $0 == " " }))
        }
    }

    public static func problems(in workflow: Workflow) -> [Problem] {
        var problems: [Problem] = []
        func error(_ line: Int?, _ message: String) { problems.append(Problem(severity: .error, line: line, message: message)) }
        func warning(_ message: String) { problems.append(Problem(severity: .warning, line: nil, message: message)) }

        let stateNames = Set(workflow.states.map(\.name))
        let actors = Set(workflow.roles + [Workflow.authorRelation])
        for role in workflow.sectionRoles where !workflow.roles.contains(role) {
            error(workflow.transitionsLine, "section_roles names unknown role '\(role)' (roles: \(workflow.roles.joined(separator: ", ")))")
        }
        if workflow.states.isEmpty { error(workflow.transitionsLine, "the workflow has no states") }

        let creations = workflow.transitions.filter { $0.from.isEmpty }
        if creations.isEmpty { error(workflow.transitionsLine, "no transition starts an article: add { name: create, to: draft, by: [reporter] }") }
        for transition in creations where transition.name != Workflow.createTransition {
            error(transition.line, "transition '\(transition.name)' has no 'from' states (only 'create' may start an article)")
        }
        if creations.count > 1 { error(creations.last?.line, "more than one 'create' transition") }

        var seen: Set<String> = []
        for transition in workflow.transitions {
            let line = transition.line
            if StepName.reserved.contains(transition.name) {
                error(line, "'\(transition.name)' is a step Galley writes itself (\(StepName.reserved.sorted().joined(separator: ", "))): give the transition another name")
            }
            for state in transition.from where !stateNames.contains(state) {
                error(line, "transition '\(transition.name)' starts from unknown state '\(state)'")
            }
            if !stateNames.contains(transition.to) {
                error(line, "transition '\(transition.name)' goes to unknown state '\(transition.to)'")
            }
            if transition.by.isEmpty { error(line, "nobody can take transition '\(transition.name)': 'by' is empty") }
            for actor in transition.by where !actors.contains(actor) {
                error(line, "transition '\(transition.name)' names unknown role '\(actor)' (roles: \(workflow.roles.joined(separator: ", ")), or author)")
            }
            for rule in transition.forbid where rule != Workflow.authorRelation && rule != Workflow.earlierApprovers {
                error(line, "transition '\(transition.name)': unknown forbid rule '\(rule)' (expected author, earlier-approvers)")
            }
            for state in transition.from {
                let key = "\(transition.name)\u{0}\(state)"
                if seen.contains(key) {
                    error(line, "two '\(transition.name)' transitions leave '\(state)': which one is meant would be ambiguous")
                }
                seen.insert(key)
            }
        }

        for state in workflow.states {
            for actor in state.edit where !actors.contains(actor) {
                error(state.line, "state '\(state.name)': edit names unknown role '\(actor)'")
            }
            let exits = workflow.transitions(from: state.name).filter { $0.to != state.name }
            if state.isFinal && !exits.isEmpty {
                error(exits.first?.line, "state '\(state.name)' is marked final but transition '\(exits[0].name)' leaves it")
            }
            if !state.isFinal && exits.isEmpty {
                error(state.line, "no transition leaves state '\(state.name)': mark it 'final: true' or add a way out")
            }
            if state.label == nil { warning("state '\(state.name)' has no label") }
        }

        if let initial = workflow.initialState, stateNames.contains(initial) {
            var reachable: Set<String> = [initial]
            var frontier = [initial]
            while let state = frontier.popLast() {
                for transition in workflow.transitions(from: state) where !reachable.contains(transition.to) {
                    reachable.insert(transition.to)
                    frontier.append(transition.to)
                }
            }
            for state in workflow.states where !reachable.contains(state.name) {
                error(state.line, "state '\(state.name)' cannot be reached from '\(initial)'")
            }
        }
        return problems
    }
}
