import Foundation

extension Newsroom {
    /// Where this newsroom keeps the desk's passwords (in its git dir, never in a commit).
    public var passwordFile: PasswordFile { PasswordFile(gitDirectory: gitDirectory) }

    /// Sets person `id`'s desk password: an admin sets anyone's (an initial one), an active
    /// person their own. Writes no commit for the password: it is no part of the newsroom's
    /// history. The person's desk key (see `deskKeyForPassword`) follows the new password:
    /// `currentPassword` (the desk's password change asks for it) seals the same key again;
    /// `deskKey` asks for one. What happened to the desk key, if anything, is returned.
    @discardableResult
    public func setPassword(
        id: String, password: String, actorID: String?, currentPassword: String? = nil, deskKey: Bool = false
    ) throws(GalleyError) -> DeskKeyMessage? {
        let snapshot = try snapshot()
        let actor = try actor(explicitID: actorID, in: snapshot)
        guard let person = snapshot.people.person(id) else {
            throw GalleyError(.notFound, .unknownPerson(person: id, known: snapshot.people.people.map(\.id)))
        }
        guard actor.active else { throw GalleyError(refusal: .deactivated(person: actor.id)) }
        guard actor.id == person.id || actor.has(role: AdminRule.role) else {
            let admins = snapshot.people.people.filter { $0.active && $0.has(role: AdminRule.role) }.map(\.id)
            throw GalleyError(refusal: .desk(.passwordNotYours(person: actor.id, target: id, admins: admins)))
        }
        let length = password.count
        guard length >= PasswordHash.minimumLength, password.utf8.count <= PasswordHash.maximumLength else {
            throw GalleyError(.invalidInput, .desk(.passwordLength(minimum: PasswordHash.minimumLength, maximum: PasswordHash.maximumLength)))
        }
        let hash = try PasswordHash.make(password)
        var outcome: DeskKeyMessage?
        try withPasswordLock { () throws(GalleyError) in
            var hashes = try passwordFile.read()
            if let currentPassword, hashes[id]?.matches(currentPassword) != true {
                throw GalleyError(refusal: .deskKey(.currentPasswordWrong(person: id)))
            }
            // The key first: a refused registration leaves the old password and key as they were.
            if let (sealed, result) = try deskKeyForPassword(
                password, of: person, by: actor, current: currentPassword, wanted: deskKey, in: snapshot)
            {
                var sealedKeys = try deskKeyFile.read()
                sealedKeys[id] = sealed
                try deskKeyFile.write(sealedKeys)
                outcome = result
            }
            hashes[id] = hash
            try passwordFile.write(hashes)
        }
        return outcome
    }

    /// The person whose id and password these are, when they are active in the rules in
    /// force; nil otherwise, whichever part was wrong (a sign-in page tells no more).
    public func checkPassword(id: String, password: String) throws(GalleyError) -> Person? {
        let snapshot = try snapshot()
        let stored = try passwordFile.read()[id]
        guard password.utf8.count <= PasswordHash.maximumLength, let stored else {
            // The same work as a real check, so the answer's time does not tell who has a password.
            _ = Self.decoy.matches(password)
            return nil
        }
        guard stored.matches(password), let person = snapshot.people.person(id), person.active else { return nil }
        return person
    }

    /// A hash no password matches, checked against when there is nothing to check.
    private static let decoy = PasswordHash(
        costLog2: PasswordHash.defaultCostLog2, blockSize: 8, parallelism: 1, salt: Array(repeating: 0, count: 16),
        key: Array(repeating: 0, count: 32))

    /// Serialises the read-modify-write of the password file between processes (a flock,
    /// which the kernel drops when its holder dies).
    private func withPasswordLock(_ body: () throws(GalleyError) -> Void) throws(GalleyError) {
        let lockPath = passwordFile.path + ".lock"
        let folder = URL(fileURLWithPath: lockPath).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw GalleyError(.failure, .localFile(.folderNotCreated(path: folder, detail: error.localizedDescription)))
        }
        let descriptor = Foundation.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw GalleyError(.failure, .localFile(.lockNotOpened(path: lockPath, detail: String(cString: strerror(errno))))) }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { throw GalleyError(.failure, .localFile(.lockNotTaken(path: lockPath, detail: String(cString: strerror(errno))))) }
        defer { flock(descriptor, LOCK_UN) }
        try body()
    }
}
