import Galley

/// Who may read the whole history on the desk (`/log`, `/verify`): the roles the standard
/// workflows give that duty (design §4: `auditor` reads, the chief answers for what is
/// published, `admin` keeps people and rules). Everyone else's view is their own work.
enum AuditAccess {
    static let roles = ["auditor", "chief", "admin"]

    static func allows(_ person: Person) -> Bool {
        person.active && roles.contains(where: person.has(role:))
    }
}
