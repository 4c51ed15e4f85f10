import Foundation
import GitKit

/// Where the acting person's private signing key is configured, in git's
/// spirit: `GALLEY_SIGNING_KEY` (a path) for this process, else git config
/// `galley.signingKey`, else git's own `user.signingkey` — the latter only
/// when `gpg.format` is `ssh`, since otherwise it names an OpenPGP key.
/// The key itself never lives in the shared repository.
struct SigningKeyLocation: Sendable, Equatable {
    /// A file: an OpenSSH private key, or a public key whose private half is in ssh-agent.
    var path: String?
    /// git's `key::ssh-ed25519 AAAA…` form: a literal public key (private half in ssh-agent).
    var literalPublicKey: String?
    /// Where it was found, for messages: "GALLEY_SIGNING_KEY", "git config galley.signingKey" …
    var origin: String

    static let environmentVariable = "GALLEY_SIGNING_KEY"
    /// `ssh-keygen` forces the external signer even for keys Galley can sign natively (benchmarks, checks).
    static let methodVariable = "GALLEY_SIGN_WITH"
    /// What the search reads of the environment.
    static let readVariables = [environmentVariable, "HOME"]

    static func locate(
        in repository: Repository, environment: [String: String] = ProcessEnvironment.subset(readVariables)
    ) throws(GalleyError) -> SigningKeyLocation? {
        try locate(environment: environment) { (key) throws(GalleyError) in
            try git("reading \(key)", { () throws(GitError) in try repository.configValue(key) })
        }
    }

    /// The same search before any repository exists (`galley init --admin-key`): git's global and
    /// system config, which is all a newly created repository's config holds.
    static func locateOutsideRepository(
        environment: [String: String] = ProcessEnvironment.subset(readVariables)
    ) throws(GalleyError) -> SigningKeyLocation? {
        try locate(environment: environment) { (key) throws(GalleyError) in
            try git("reading \(key)", { () throws(GitError) in try GlobalConfig.value(key) })
        }
    }

    private static func locate(
        environment: [String: String], config: (String) throws(GalleyError) -> String?
    ) throws(GalleyError) -> SigningKeyLocation? {
        if let path = environment[environmentVariable], !path.isEmpty {
            return SigningKeyLocation(path: expand(path, environment), origin: environmentVariable)
        }
        if let value = try config("galley.signingKey"), !value.isEmpty {
            return location(value, origin: "git config galley.signingKey", environment)
        }
        guard try config("gpg.format")?.lowercased() == "ssh", let value = try config("user.signingkey"), !value.isEmpty
        else { return nil }
        return location(value, origin: "git config user.signingkey", environment)
    }

    private static func location(_ value: String, origin: String, _ environment: [String: String]) -> SigningKeyLocation {
        if value.hasPrefix("key::") {
            return SigningKeyLocation(literalPublicKey: String(value.dropFirst("key::".count)), origin: origin)
        }
        if value.hasPrefix("ssh-") {
            return SigningKeyLocation(literalPublicKey: value, origin: origin)
        }
        return SigningKeyLocation(path: expand(value, environment), origin: origin)
    }

    /// `~/…` as git expands it in config paths.
    private static func expand(_ path: String, _ environment: [String: String]) -> String {
        guard path.hasPrefix("~/"), let home = environment["HOME"] else { return path }
        return home + path.dropFirst(1)
    }
}
