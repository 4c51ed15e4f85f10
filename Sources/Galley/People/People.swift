import Yams

/// The staff list, read from and written back to `people.yaml`.
public struct People: Sendable, Equatable {
    public static let path = "people.yaml"
    public var people: [Person]

    public init(_ people: [Person]) { self.people = people }

    public func person(_ id: String) -> Person? { people.first { $0.id == id } }

    /// The active person whose email matches (case-insensitive), for `user.email`.
    public func person(email: String) -> Person? {
        let wanted = email.lowercased()
        return people.first { $0.active && $0.email.lowercased() == wanted }
    }

    public static func parse(_ text: String, path: String = People.path) throws(GalleyError) -> People {
        let file = YAMLFile(path: path)
        let root = try file.root(text)
        var list: [Person] = []
        for (key, value) in try file.mapping(root, "people.yaml") {
            guard key == "people" else { throw file.fail(value, "unknown key '\(key)' (expected people)") }
            if file.isNull(value) { continue }
            guard let items = value.sequence else { throw file.fail(value, "people must be a list") }
            for item in items {
                var id: String?
                var name: String?
                var email: String?
                var roles: [String] = []
                var active = true
                for (field, node) in try file.mapping(item, "a person") {
                    switch field {
                    case "id": id = try file.string(node, "id")
                    case "name": name = try file.string(node, "name")
                    case "email": email = try file.string(node, "email")
                    case "roles": roles = try file.strings(node, "roles")
                    case "active": active = try file.bool(node, "active")
                    default: throw file.fail(node, "unknown person key '\(field)' (expected id, name, email, roles, active)")
                    }
                }
                guard let id, Person.isValidID(id) else {
                    throw file.fail(item, "a person needs an id of lowercase letters, digits, '.', '_' or '-'")
                }
                guard let name, !name.isEmpty else { throw file.fail(item, "person '\(id)' needs a name") }
                guard let email, !email.isEmpty else { throw file.fail(item, "person '\(id)' needs an email") }
                if list.contains(where: { $0.id == id }) { throw file.fail(item, "person '\(id)' is listed twice") }
                list.append(Person(id: id, name: name, email: email, roles: roles, active: active))
            }
        }
        return People(list)
    }

    /// Deterministic text, one person per block, strings quoted so no name can break the YAML.
    public func rendered() -> String {
        var text = "# Staff of this newsroom. Change it with `galley people …` (admins only);\n"
        text += "# a deactivated person stays listed so the history still names them.\n"
        text += "people:\n"
        for person in people {
            text += "  - id: \(person.id)\n"
            text += "    name: \(YAMLQuoting.quoted(person.name))\n"
            text += "    email: \(YAMLQuoting.quoted(person.email))\n"
            text += "    roles: [\(person.roles.joined(separator: ", "))]\n"
            text += "    active: \(person.active)\n"
        }
        return text
    }
}
