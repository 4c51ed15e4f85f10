/// A member of staff as `people.yaml` lists them. Deactivated people stay
/// listed forever so every old commit still names someone known.
public struct Person: Sendable, Equatable {
    public var id: String
    public var name: String
    public var email: String
    public var roles: [String]
    public var active: Bool
    /// SSH signing keys, active and revoked (optional in people.yaml).
    public var keys: [PersonKey]
    /// The name the git server authenticates this person by, when it is not their id
    /// (an LDAP account, a Gitea user name); see `pushLogin`.
    public var login: String?
    /// The bút danh a reporter signs with ("Thanh Phú" may write as "Phú Thanh"): `new`'s default byline.
    public var penName: String?
    /// Section keys (galley.yaml's) where a role the workflow limits (`section_roles`) acts; empty: not limited.
    public var sections: [String]

    public init(
        id: String, name: String, email: String, roles: [String], active: Bool = true, keys: [PersonKey] = [],
        login: String? = nil, penName: String? = nil, sections: [String] = []
    ) {
        self.sections = sections
        self.id = id
        self.name = name
        self.email = email
        self.roles = roles
        self.active = active
        self.keys = keys
        self.login = login
        self.penName = penName
    }

    /// The byline an article of theirs carries unless one is given: the pen name, else the name.
    public var defaultByline: String { penName ?? name }

    /// What the central server names this person when they push: their `login`, else their id.
    public var pushLogin: String { login ?? id }

    /// Logins: what web servers, gitolite and forges accept as a user name — printable, no spaces,
    /// no quotes or colons (basic authentication splits at the first colon), at most 128 characters.
    public static func isValidLogin(_ login: String) -> Bool {
        guard !login.isEmpty, login.unicodeScalars.count <= 128 else { return false }
        return login.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value != 0x7F && !"\"':`$\\".unicodeScalars.contains(scalar)
                && !scalar.properties.isWhitespace && scalar.properties.generalCategory != .control
        }
    }

    public func has(role: String) -> Bool { roles.contains(role) }

    /// Person ids: lowercase ASCII `[a-z0-9._-]`, starting with a letter or digit.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64 else { return false }
        let allowed = { (scalar: Unicode.Scalar) in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" || scalar == "-"
        }
        return id.unicodeScalars.allSatisfy(allowed) && first != "." && first != "-" && first != "_"
    }
}
