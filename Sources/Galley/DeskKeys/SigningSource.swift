/// Where a newsroom's writes get their signing key. The CLI signs with the key the person
/// configured (GALLEY_SIGNING_KEY, git config); the web desk only ever with the desk key of
/// the person signed in, so no key of the server's account can sign anybody's step.
public enum SigningSource: Sendable {
    /// GALLEY_SIGNING_KEY or git config galley.signingKey / user.signingkey.
    case configuredKey
    /// The signed-in person's opened desk key; nil: none (unsigned, or refused when signing is required).
    case deskKey(DeskKey?)
}
