/// Sentences about signing keys and signed newsrooms (issue 11), held as facts like
/// `Message` and rendered by `Catalog`; a case of their own so the main catalog stays readable.
public enum SigningMessage: Sendable, Equatable {
    /// Why a public key (a `.pub` file, a key line) cannot be used.
    public enum KeyProblem: Sendable, Equatable {
        case unreadable
        case privateKey
        case notAKey
        case unsupportedType(String)
        case damaged
    }

    /// A public key given as text (no file) is unusable.
    case publicKey(KeyProblem)
    /// A public key file named on the command line is unusable.
    case publicKeyFile(path: String, KeyProblem)
    /// `init --admin-key`: no private key is configured to sign the first commit.
    /// `privateHalf`: the file beside the `.pub` that looks like its private half, when there is one.
    case noPrivateKeyForInit(fingerprint: String, privateHalf: String?)
    /// `init --admin-key`: the configured signing key is another key than the admin's.
    case initKeyMismatch(adminKey: String, signingKey: String, origin: String)
    /// The confirmation that a new newsroom is signed from its first commit.
    case signedNewsroom(admin: String, fingerprint: String)
}
