import Yams

/// Builds a `Workflow` from `workflow.yaml` text. Shape errors (a key of the
/// wrong type, an unknown key) fail at once with the line; rule errors (an
/// unknown state, an unreachable state …) are collected by `WorkflowLinter`
/// so `workflow check` can list them all.
public enum WorkflowLoader {
    public static let supportedVersion = 1

    /// Parses and lints; any error-level problem refuses the file, naming its line.
    public static func load(_ text: String, path: String = "workflow.yaml") throws(GalleyError) -> Workflow {
        let workflow = try parse(text, path: path)
        let errors = WorkflowLinter.problems(in: workflow).filter { $0.severity == .error }
        if let first = errors.first {
            let more = errors.count > 1 ? " (and \(errors.count - 1) more problem(s): run `galley workflow check`)" : ""
            throw .invalidInput("\(first.located(in: path))\(more)")
        }
        return workflow
    }

    /// Parses without the rule checks (for `workflow check`, which reports them all).
    public static func parse(_ text: String, path: String = "workflow.yaml") throws(GalleyError) -> Workflow {
        let file = YAMLFile(path: path)
        let root = try file.root(text)
        var version: Int?
        var name: String?
        var description: String?
        var roles: [String] = []
        var states: [Workflow.State] = []
        var transitions: [Workflow.Transition] = []
        var versionNode = root
        var transitionsLine: Int?
        var sectionRoles: [String] = []
        for (key, value) in try file.mapping(root, "the workflow") {
            switch key {
            case "version":
                version = try file.int(value, "version")
                versionNode = value
            case "name": name = try file.string(value, "name")
            case "description": description = try file.string(value, "description")
            case "roles": roles = try file.strings(value, "roles")
            case "section_roles": sectionRoles = try file.strings(value, "section_roles")
            case "states": states = try parseStates(value, file)
            case "transitions":
                transitions = try parseTransitions(value, file)
                transitionsLine = value.mark.map { max(1, $0.line - 1) }
            default: throw file.fail(value, "unknown key '\(key)' (expected version, name, description, roles, section_roles, states, transitions)")
            }
        }
        guard let version else { throw file.fail(root, "missing 'version: 1'") }
        guard version == supportedVersion else {
            throw file.fail(versionNode, "workflow format version \(version) is not supported (this galley reads version \(supportedVersion))")
        }
        guard let name, !name.isEmpty else { throw file.fail(root, "missing 'name'") }
        return Workflow(
            version: version, name: name, description: description, roles: roles, states: states, transitions: transitions,
            transitionsLine: transitionsLine, sectionRoles: sectionRoles)
    }

    private static func parseStates(_ node: Node, _ file: YAMLFile) throws(GalleyError) -> [Workflow.State] {
        var states: [Workflow.State] = []
        for (name, value) in try file.mapping(node, "states") {
            var state = Workflow.State(name: name, line: value.mark?.line)
            if file.isNull(value) {
                states.append(state)
                continue
            }
            for (key, item) in try file.mapping(value, "state '\(name)'") {
                switch key {
                case "label": state.label = try file.string(item, "label")
                case "edit": state.edit = try file.strings(item, "edit")
                case "final": state.isFinal = try file.bool(item, "final")
                case "published": state.isPublished = try file.bool(item, "published")
                default: throw file.fail(item, "state '\(name)': unknown key '\(key)' (expected label, edit, final, published)")
                }
            }
            if states.contains(where: { $0.name == name }) { throw file.fail(value, "state '\(name)' is defined twice") }
            states.append(state)
        }
        return states
    }

    private static func parseTransitions(_ node: Node, _ file: YAMLFile) throws(GalleyError) -> [Workflow.Transition] {
        guard let sequence = node.sequence else { throw file.fail(node, "transitions must be a list of { name, from, to, by }") }
        var transitions: [Workflow.Transition] = []
        for item in sequence {
            var name: String?
            var from: [String] = []
            var to: String?
            var by: [String] = []
            var forbid: [String] = []
            var note = false
            var body = false
            var approval = false
            for (key, value) in try file.mapping(item, "a transition") {
                switch key {
                case "name": name = try file.string(value, "name")
                case "from": from = try file.strings(value, "from")
                case "to": to = try file.string(value, "to")
                case "by": by = try file.strings(value, "by")
                case "forbid": forbid = try file.strings(value, "forbid")
                case "note": note = try requirement(value, "note", file)
                case "body": body = try requirement(value, "body", file)
                case "approval": approval = try file.bool(value, "approval")
                default:
                    throw file.fail(value, "unknown transition key '\(key)' (expected name, from, to, by, forbid, note, body, approval)")
                }
            }
            guard let name, !name.isEmpty else { throw file.fail(item, "a transition needs a 'name'") }
            guard let to, !to.isEmpty else { throw file.fail(item, "transition '\(name)' goes nowhere: it needs 'to'") }
            transitions.append(
                Workflow.Transition(
                    name: name, from: from, to: to, by: by, forbid: forbid, requiresNote: note,
                    requiresBody: body, isApproval: approval, line: item.mark?.line))
        }
        return transitions
    }

    /// `note: required` / `note: optional`, or a YAML boolean as every Galley file reads one (`YAMLBool`:
    /// true/false, not yes/no, which Hugo reads as text).
    private static func requirement(_ node: Node, _ what: String, _ file: YAMLFile) throws(GalleyError) -> Bool {
        guard let scalar = node.scalar else { throw file.fail(node, "\(what) must be 'required' or 'optional'") }
        switch scalar.string.lowercased() {
        case "required": return true
        case "optional": return false
        default:
            guard scalar.style == .plain, let value = YAMLBool.value(scalar.string) else {
                throw file.fail(node, "\(what) must be 'required' or 'optional'")
            }
            return value
        }
    }
}
