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

    public init(id: String, name: String, email: String, roles: [String], active: Bool = true, keys: [PersonKey] = []) {
        self.id = id
        self.name = name
        self.email = email
        self.roles = roles
        self.active = active
        self.keys = keys
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
