internal import CGit2
import Foundation

/// User name and password for http(s) remotes, from git's credential helpers. libgit2 asks
/// again after every refusal; the first ask fills from the helpers, the second means the
/// server refused what they gave: it is rejected (so the helpers forget it) and the
/// operation fails at once with a message saying so — never a retry loop. A credential that
/// worked is approved once the operation succeeds, so a helper such as `store` keeps it.
final class HTTPCredentialState {
    private let helper: GitCredentialHelper
    private let cache: HTTPCredentialCache
    private(set) var offered: GitCredentialHelper.Credential?
    private var offeredKey: String?
    private var refused = false

    init(environment: [String: String] = ProcessInfo.processInfo.environment, cache: HTTPCredentialCache = .shared) {
        helper = GitCredentialHelper(environment: environment)
        self.cache = cache
    }

    func acquire(_ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>, url: String, username: String?) -> Int32 {
        if let offered {
            if !refused {
                refused = true
                helper.reject(offered)
                if let offeredKey { cache.forget(offeredKey) }
            }
            git_error_set_str(
                Int32(GIT_ERROR_HTTP.rawValue),
                "\(Self.display(url)): the server refused the password for '\(offered.username)'; git's credential helper has forgotten it, so the next try asks again (check the user name and password with your newsroom's administrator)")
            return GIT_EAUTH.rawValue
        }
        let key = HTTPCredentialCache.key(url, username: username)
        offeredKey = key
        if let key, let known = cache.credential(for: key) {
            offered = known
            return git_credential_userpass_plaintext_new(out, known.username, known.password)
        }
        let credential: GitCredentialHelper.Credential
        do {
            credential = try helper.fill(url: url, username: username)
        } catch {
            git_error_set_str(
                Int32(GIT_ERROR_HTTP.rawValue),
                "\(Self.display(url)) asks for a user name and password, and git could not give them (\(error.reason)): run it in a terminal, or set a credential helper (git config --global credential.helper store)")
            return GIT_EAUTH.rawValue
        }
        offered = credential
        return git_credential_userpass_plaintext_new(out, credential.username, credential.password)
    }

    /// After the operation succeeded: the helpers may keep what worked.
    func approveIfUsed() {
        guard let offered, !refused else { return }
        // Told once per process: the second operation of a sync reuses what the first approved.
        if let offeredKey, !cache.remember(offered, for: offeredKey) { return }
        helper.approve(offered)
    }

    /// The URL without a password someone put in it, for messages.
    static func display(_ url: String) -> String { RemoteURL.redacted(url) }
}
