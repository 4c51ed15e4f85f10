/// The web desk's side of the write path: a step is signed with the signed-in person's
/// desk key, or, in a signed newsroom, refused before anything is written.
extension Newsroom {
    /// Runs `body` (a step, a save) signing with `key` only, then signs as before.
    public func signing<Value>(with key: DeskKey?, _ body: () throws(GalleyError) -> Value) throws(GalleyError) -> Value {
        let before = signingSource
        signingSource = .deskKey(key)
        defer { signingSource = before }
        return try body()
    }

    /// The desk key's signer when it is an active key of `actor`; nil (unsigned) when the
    /// newsroom does not require signing; a refusal saying what the admin runs otherwise.
    func deskSigner(_ key: DeskKey?, for actor: Person, required: Bool, in snapshot: Snapshot) throws(GalleyError) -> CommitSigner? {
        let admins = snapshot.people.people.filter { $0.active && $0.has(role: AdminRule.role) }.map(\.id)
        guard let key else {
            guard !required else { throw GalleyError(refusal: .deskKey(.noDeskKey(person: actor.id, admins: admins))) }
            return nil
        }
        guard actor.hasActiveKey(key.publicKey) else {
            guard !required else {
                throw GalleyError(refusal: .deskKey(.deskKeyNotActive(person: actor.id, fingerprint: key.publicKey.fingerprint, admins: admins)))
            }
            return nil
        }
        return key.signer
    }
}
