import Foundation

/// Signing keys in `people.yaml`: added and revoked by admins as `people`
/// commits. A revoked key stays listed with the time it stopped, so history
/// signed while it was active still verifies, by Galley and by stock git.
extension Newsroom {
    public func addKey(_ key: SSHPublicKey, to id: String, actorID: String?) throws(GalleyError) -> RecordedStep {
        try changePeople(actorID: actorID, subject: "people: add key \(key.fingerprint) for \(id)") {
            (people, _, now) throws(GalleyError) in
            try Self.addKey(key, to: id, in: &people, at: now)
        }
    }

    /// Revokes the key with `fingerprint` (`SHA256:…`, as `ssh-keygen -lf` prints it).
    public func revokeKey(fingerprint: String, of id: String, actorID: String?) throws(GalleyError) -> RecordedStep {
        try changePeople(actorID: actorID, subject: "people: revoke key \(fingerprint) of \(id)") {
            (people, _, now) throws(GalleyError) in
            guard let index = people.people.firstIndex(where: { $0.id == id }) else { throw Self.unknownPerson(id, people) }
            let person = people.people[index]
            guard let keyIndex = person.keys.firstIndex(where: { $0.key.fingerprint == fingerprint }) else {
                let known = person.keys.map(\.key.fingerprint)
                throw GalleyError(.notFound, .lookup(.noSuchKey(person: id, fingerprint: fingerprint, known: known)))
            }
            guard person.keys[keyIndex].isActive else { throw GalleyError(refusal: .workspace(.keyAlreadyRevoked(fingerprint: fingerprint, person: id))) }
            people.people[index].keys[keyIndex].revoked = now
        }
    }

    static func addKey(_ key: SSHPublicKey, to id: String, in people: inout People, at now: Timestamp) throws(GalleyError) {
        guard let index = people.people.firstIndex(where: { $0.id == id }) else { throw unknownPerson(id, people) }
        if let owner = people.people.first(where: { person in person.keys.contains { $0.key == key } }) {
            throw .refused(
                owner.id == id
                    ? "\(id) already has the key \(key.fingerprint) (a revoked key cannot come back: make a new one)"
                    : "the key \(key.fingerprint) belongs to \(owner.id): each person signs with their own key")
        }
        people.people[index].keys.append(PersonKey(key: key, added: now))
    }
}

extension People {
    /// git's allowed-signers file (`gpg.ssh.allowedSignersFile`): one line per key,
    /// `email namespaces="git"[,valid-after=…][,valid-before=…] ssh-ed25519 AAAA…`.
    /// Stock git judges validity by the commit's own date; `galley verify` by the parent's people.yaml.
    public func allowedSigners() -> String {
        var lines: [String] = []
        for person in people {
            for entry in person.keys {
                var options = ["namespaces=\"\(SSHSignature.namespace)\""]
                if let added = entry.added { options.append("valid-after=\"\(Self.sshTime(added))\"") }
                if let revoked = entry.revoked { options.append("valid-before=\"\(Self.sshTime(revoked))\"") }
                lines.append("\(person.email) \(options.joined(separator: ",")) \(entry.key.openSSH)")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `YYYYMMDDHHMMSSZ` in UTC, the form ssh-keygen reads without guessing a time zone.
    private static func sshTime(_ time: Timestamp) -> String {
        Timestamp(date: time.date, offsetSeconds: 0).iso8601.filter(\.isNumber).prefix(14) + "Z"
    }
}
