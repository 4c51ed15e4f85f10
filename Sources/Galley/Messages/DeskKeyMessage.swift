/// Sentences about desk keys (issue 14): the key the web desk signs a person's steps with
/// in a signed newsroom, sealed with their password. Held as facts, rendered by `Catalog`.
public enum DeskKeyMessage: Sendable, Equatable {
    /// A desk step in a signed newsroom by a person whose session holds no desk key.
    case noDeskKey(person: String, admins: [String])
    /// The session's desk key is revoked or no longer listed for the person in people.yaml.
    case deskKeyNotActive(person: String, fingerprint: String, admins: [String])
    /// A person changing their own password without giving the current one, which seals their key.
    case currentPasswordNeeded(person: String, admins: [String])
    /// The current password given to change a password is not the person's.
    case currentPasswordWrong(person: String)
    /// `people password`: a desk key was made and registered.
    case created(person: String, fingerprint: String)
    /// `people password` by an admin (a reset): a new desk key replaced one nobody can open.
    case replaced(person: String, fingerprint: String, old: String)
    /// A password change: the same desk key, sealed again under the new password.
    case resealed(person: String, fingerprint: String)
}
