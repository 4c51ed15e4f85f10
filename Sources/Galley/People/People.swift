import Yams

/// The staff list, read from and written back to `people.yaml`.
public struct People: Sendable, Equatable {
    public static let path = "people.yaml"
    public var people: [Person]

    public init(_ people: [Person]) { self.people = people }

    public func person(_ id: String) -> Person? { people.first { $0.id == id } }

    /// The person the central server's authenticated user name stands for: the one whose `login`
    /// it is, else the one with that id and no other login. Exact match, scalar for scalar: servers
    /// compare bytes, so `ngọc` (NFC) and `ngọc` (NFD), equal to Swift's `==`, are two accounts.
    public func person(login: String) -> Person? {
        people.first { $0.pushLogin.unicodeScalars.elementsEqual(login.unicodeScalars) }
    }

    /// Who else a server's user name for `person` could stand for: someone with the same login,
    /// someone whose id is `person`'s login, or someone whose login is `person`'s id. One user name,
    /// one person, whether a server names people by login or an `ssh-entry --person` line by id.
    public func sharingName(with person: Person) -> Person? {
        people.first { other in
            other.id != person.id
                && (other.pushLogin == person.pushLogin || other.id == person.pushLogin || other.pushLogin == person.id)
        }
    }

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
                var nameNode = item
                var emailNode = item
                var roles: [String] = []
                var active = true
                var keys: [PersonKey] = []
                var login: String?
                var penName: String?
                var sections: [String] = []
                for (field, node) in try file.mapping(item, "a person") {
                    switch field {
                    case "id": id = try file.string(node, "id")
                    case "name": (name, nameNode) = (try file.string(node, "name"), node)
                    case "email": (email, emailNode) = (try file.string(node, "email"), node)
                    case "roles": roles = try file.strings(node, "roles")
                    case "active": active = try file.bool(node, "active")
                    case "keys": keys = try parseKeys(node, file)
                    case "login":
                        let value = try file.string(node, "login")
                        guard Person.isValidLogin(value) else {
                            throw file.fail(node, "a login is a user name without spaces, quotes or colons (at most 128 characters)")
                        }
                        login = value
                    case "pen_name":
                        do { penName = try Person.validPenName(try file.string(node, "pen_name")) } catch { throw file.fail(node, error.message) }
                    case "sections":
                        sections = try file.strings(node, "sections")
                        if let bad = sections.first(where: { !NewsroomSection.isValidKey($0) }) {
                            throw file.fail(node, "'\(bad)' is not a section key (lowercase letters, digits and hyphens, as in galley.yaml's sections)")
                        }
                    default: throw file.fail(node, "unknown person key '\(field)' (expected id, name, email, roles, active, keys, login, pen_name, sections)")
                    }
                }
                guard let id, Person.isValidID(id) else {
                    throw file.fail(item, "a person needs an id of lowercase letters, digits, '.', '_' or '-'")
                }
                guard let name, !name.isEmpty else { throw file.fail(item, "person '\(id)' needs a name") }
                guard let email, !email.isEmpty else { throw file.fail(item, "person '\(id)' needs an email") }
                // Every step by this person writes a signature from these: refuse the file, not their first step.
                do { try PersonIdentity.validate(name: name) } catch { throw file.fail(nameNode, "person '\(id)': \(error.message)") }
                do { try PersonIdentity.validate(email: email) } catch { throw file.fail(emailNode, "person '\(id)': \(error.message)") }
                if list.contains(where: { $0.id == id }) { throw file.fail(item, "person '\(id)' is listed twice") }
                let person = Person(id: id, name: name, email: email, roles: roles, active: active, keys: keys, login: login, penName: penName,
                    sections: sections)
                // One user name, one person: otherwise the central server's word could stand for two.
                if let other = People(list).sharingName(with: person) {
                    throw file.fail(item, "person '\(id)' (login '\(person.pushLogin)') and '\(other.id)' (login '\(other.pushLogin)') share a name: a login stands for one person and is no other person's id")
                }
                list.append(person)
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
            // Written only when present, so a file without pen names stays byte for byte what it was.
            if let penName = person.penName { text += "    pen_name: \(YAMLQuoting.quoted(penName))\n" }
            text += "    roles: [\(person.roles.joined(separator: ", "))]\n"
            text += "    active: \(person.active)\n"
            // Written only when present, so a newsroom without section rights keeps its old file byte for byte.
            if !person.sections.isEmpty { text += "    sections: [\(person.sections.joined(separator: ", "))]\n" }
            if let login = person.login { text += "    login: \(YAMLQuoting.quoted(login))\n" }
            // Written only when present, so a newsroom without signing keeps its old file byte for byte.
            if !person.keys.isEmpty { text += "    keys:\n" }
            for entry in person.keys {
                text += "      - key: \(YAMLQuoting.quoted(entry.key.openSSH))\n"
                if let added = entry.added { text += "        added: \(YAMLQuoting.quoted(added.iso8601))\n" }
                if let revoked = entry.revoked { text += "        revoked: \(YAMLQuoting.quoted(revoked.iso8601))\n" }
            }
        }
        return text
    }

    /// `keys:` of one person: a list of `{key: "ssh-ed25519 …", added: TIME, revoked: TIME}`.
    private static func parseKeys(_ node: Node, _ file: YAMLFile) throws(GalleyError) -> [PersonKey] {
        if file.isNull(node) { return [] }
        guard let items = node.sequence else { throw file.fail(node, "keys must be a list") }
        var keys: [PersonKey] = []
        for item in items {
            var key: SSHPublicKey?
            var added: Timestamp?
            var revoked: Timestamp?
            for (field, value) in try file.mapping(item, "a key") {
                let text = try file.string(value, field)
                switch field {
                case "key":
                    do { key = try SSHPublicKey.parse(text) } catch { throw file.fail(value, error.message) }
                case "added", "revoked":
                    guard let time = Timestamp(iso8601: text) else {
                        throw file.fail(value, "\(field) must be a time like 2024-05-01T09:00:00+07:00")
                    }
                    if field == "added" { added = time } else { revoked = time }
                default: throw file.fail(value, "unknown key field '\(field)' (expected key, added, revoked)")
                }
            }
            guard let key else { throw file.fail(item, "a key entry needs key: \"ssh-ed25519 AAAA…\"") }
            if keys.contains(where: { $0.key == key }) { throw file.fail(item, "the key \(key.fingerprint) is listed twice") }
            keys.append(PersonKey(key: key, added: added, revoked: revoked))
        }
        return keys
    }
}
