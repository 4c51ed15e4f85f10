import Foundation

/// Desk keys kept with passwords: made and registered in people.yaml (a `people` commit, so
/// the history and verify know the key), sealed under the person's password beside the
/// password file, sealed again when the password changes, replaced when an admin resets it.
extension Newsroom {
    /// Where this newsroom keeps the sealed desk keys (in its git dir, never in a commit).
    public var deskKeyFile: DeskKeyFile { DeskKeyFile(gitDirectory: gitDirectory) }

    /// Person `id`'s desk key opened with `password`; nil when they have none or the password does not open it.
    public func openDeskKey(id: String, password: String) throws(GalleyError) -> DeskKey? {
        try deskKeyFile.read()[id]?.open(id: id, password: password)
    }

    /// The sealed key to store for `person` under `password`, and what happened to it (nil: no desk key).
    /// - A key sealed under `current` is sealed again: the same key, never lost.
    /// - Otherwise an admin's reset makes a new key, registered, the old one revoked but still listed.
    /// - A person without a key gets one when `wanted`, or when signing is required and an admin sets the password.
    func deskKeyForPassword(
        _ password: String, of person: Person, by actor: Person, current: String?, wanted: Bool, in snapshot: Snapshot
    ) throws(GalleyError) -> (sealed: SealedDeskKey, outcome: DeskKeyMessage)? {
        let isAdmin = actor.has(role: AdminRule.role)
        if let existing = try deskKeyFile.read()[person.id] {
            if let current, let opened = existing.open(id: person.id, password: current) {
                let sealed = try SealedDeskKey.seal(opened, id: person.id, password: password)
                return (sealed, .resealed(person: person.id, fingerprint: opened.publicKey.fingerprint))
            }
            guard isAdmin else {
                let admins = snapshot.people.people.filter { $0.active && $0.has(role: AdminRule.role) }.map(\.id)
                throw GalleyError(refusal: .deskKey(.currentPasswordNeeded(person: person.id, admins: admins)))
            }
            let key = try DeskKey.generate()
            try registerDeskKey(key, for: person.id, replacing: existing.publicKey, actorID: actor.id)
            let sealed = try SealedDeskKey.seal(key, id: person.id, password: password)
            return (sealed, .replaced(person: person.id, fingerprint: key.publicKey.fingerprint, old: existing.publicKey.fingerprint))
        }
        guard wanted || (snapshot.config.signingRequired && isAdmin) else { return nil }
        let key = try DeskKey.generate()
        try registerDeskKey(key, for: person.id, replacing: nil, actorID: actor.id)
        let sealed = try SealedDeskKey.seal(key, id: person.id, password: password)
        return (sealed, .created(person: person.id, fingerprint: key.publicKey.fingerprint))
    }

    /// One `people` commit: `key` added for `id` (as `people key add` does) and `old`, when still active, revoked
    /// (it stays listed with its revocation time, so what it signed before still verifies).
    private func registerDeskKey(_ key: DeskKey, for id: String, replacing old: SSHPublicKey?, actorID: String) throws(GalleyError) {
        let revokes = old.map { "; revoke \($0.fingerprint)" } ?? ""
        _ = try changePeople(actorID: actorID, subject: "people: add desk key \(key.publicKey.fingerprint) for \(id)\(revokes)") {
            (people, _, now) throws(GalleyError) in
            try Self.addKey(key.publicKey, to: id, in: &people, at: now)
            guard let old, let index = people.people.firstIndex(where: { $0.id == id }),
                let keyIndex = people.people[index].keys.firstIndex(where: { $0.key == old && $0.isActive })
            else { return }
            people.people[index].keys[keyIndex].revoked = now
        }
    }
}
