/// Why a step could not be signed with the person's private key: the key file, or `ssh-keygen`
/// when it signs for Galley (an encrypted key, ssh-agent). Facts for `Catalog+Signer.swift`;
/// `detail` is the system's or ssh-keygen's own words.
public enum SignerMessage: Sendable, Equatable {
    /// The configured signing key file cannot be read (`origin`: GALLEY_SIGNING_KEY, git config…).
    case signingKeyUnreadable(path: String, origin: String)
    /// The configured key, given as git's `key::` literal, is not a usable public key.
    case signingKeyLiteralUnusable(origin: String, cause: ErrorCause)
    /// The configured key file holds a public key line that is not usable.
    case signingKeyFileUnusable(path: String, cause: ErrorCause)
    case pemKey(path: String)
    case truncatedKey(path: String)
    case keyNotBase64(path: String)
    case notOpenSSHKey(path: String)
    case notEd25519Key(path: String)
    case halvesDoNotMatch(path: String)
    /// `KeyFileSigner` (tools that sign without ssh-keygen): the file cannot be read, or is encrypted.
    case keyFileUnreadable(path: String)
    case notUnencryptedKey(path: String)
    /// The temporary files through which ssh-keygen signs.
    case temporaryPublicKeyNotWritten
    case temporaryFileNotWritten
    case temporaryFileNotRead(detail: String)
    case sshKeygenNotRun(detail: String)
    /// ssh-keygen refused; `reason` is its own words, or nil when it said nothing (then `status`).
    case sshKeygenFailed(keyPath: String, reason: String?, status: Int32)
    /// ssh-keygen's signature does not verify for the key Galley checked.
    case signatureNotValid(fingerprint: String)
    /// Why a signature on a commit cannot be read (verify reports it as the finding's reason).
    case signatureNotSSH
    case signatureNotBase64
    case signatureMalformed
    case signatureKeyNotEd25519
    case signatureValueMalformed
}
