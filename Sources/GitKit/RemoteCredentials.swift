internal import CGit2
import Foundation

/// SSH authentication for fetch, push and clone (http: `HTTPCredentialState`). libgit2 calls the `credentials` callback again
/// after every refused attempt, so each call hands out the next candidate key and, once they are
/// all spent, fails with `GIT_EAUTH` and a message naming what was tried — never a retry loop.
///
/// Candidates: the settings' key file alone when set; otherwise the ssh agent (when
/// `SSH_AUTH_SOCK` is set), then `~/.ssh/id_ed25519` and `~/.ssh/id_rsa` when they exist.
final class SSHCredentialState {
    enum Candidate: Equatable {
        case agent
        case keyFile(String)

        var label: String {
            switch self {
            case .agent: "the ssh agent"
            case .keyFile(let path): path
            }
        }
    }

    private let settings: SSHSettings
    private let environment: [String: String]
    private var remaining: [Candidate]?
    private(set) var tried: [Candidate] = []

    init(settings: SSHSettings, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.settings = settings
        self.environment = environment
    }

    /// The next key to offer, or nil once every candidate has been refused.
    func next() -> Candidate? {
        if remaining == nil { remaining = Self.candidates(settings, environment) }
        guard let candidate = remaining?.first else { return nil }
        remaining?.removeFirst()
        tried.append(candidate)
        return candidate
    }

    static func candidates(_ settings: SSHSettings, _ environment: [String: String]) -> [Candidate] {
        if let key = settings.keyFile, !key.isEmpty { return [.keyFile(key)] }
        var list: [Candidate] = []
        if let socket = environment["SSH_AUTH_SOCK"], !socket.isEmpty { list.append(.agent) }
        if let home = environment["HOME"], !home.isEmpty {
            for name in ["id_ed25519", "id_rsa"] {
                let path = home + "/.ssh/" + name
                if FileManager.default.fileExists(atPath: path) { list.append(.keyFile(path)) }
            }
        }
        return list
    }

    /// Whether an ssh host key missing from known_hosts is accepted anyway (tests only).
    var acceptsUnknownHostKeys: Bool { settings.acceptsUnknownHostKeys }

    /// What to do when there is no key at all, naming the caller's key setting when it has one.
    var noKeyAdvice: String {
        let rest = "start an ssh agent, or create ~/.ssh/id_ed25519"
        guard let name = settings.keyFileSettingName else { return rest }
        return "set \(name), " + rest
    }
}

extension SSHCredentialState {
    /// Fills `out` for libgit2; returns 0, `GIT_PASSTHROUGH` (nothing to offer for this kind) or `GIT_EAUTH`.
    func acquire(_ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>, url: String,
                 username fromURL: String?, allowed: UInt32) -> Int32 {
        let username = fromURL.flatMap { $0.isEmpty ? nil : $0 } ?? "git"
        if allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 {
            guard let candidate = next() else {
                let list = tried.map(\.label).joined(separator: ", ")
                let message = tried.isEmpty
                    ? "ssh: no key to offer to \(url) (\(noKeyAdvice))"
                    : "ssh: \(url) refused every key offered for user \(username) (tried: \(list))"
                git_error_set_str(Int32(GIT_ERROR_SSH.rawValue), message)
                return GIT_EAUTH.rawValue
            }
            switch candidate {
            case .agent:
                return git_credential_ssh_key_from_agent(out, username)
            case .keyFile(let path):
                let publicKey = path + ".pub"
                let hasPublic = FileManager.default.fileExists(atPath: publicKey)
                return hasPublic
                    ? git_credential_ssh_key_new(out, username, publicKey, path, nil)
                    : git_credential_ssh_key_new(out, username, nil, path, nil)
            }
        }
        if allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0 {
            return git_credential_username_new(out, username)
        }
        return GIT_PASSTHROUGH.rawValue
    }

    /// Host key policy. libgit2 1.5 has already checked `~/.ssh/known_hosts` (`valid`); an unknown
    /// key is refused unless the settings accept unknown host keys. (https certificates: `transferCertificateCheck`.)
    func checkHost(_ cert: UnsafeMutablePointer<git_cert>?, valid: Bool, host: String) -> Int32 {
        guard let cert, cert.pointee.cert_type == GIT_CERT_HOSTKEY_LIBSSH2 else { return GIT_PASSTHROUGH.rawValue }
        if valid || acceptsUnknownHostKeys { return 0 }
        git_error_set_str(Int32(GIT_ERROR_SSH.rawValue),
                          "ssh: the host key of \(host) is not in ~/.ssh/known_hosts (check its fingerprint, then add it, e.g. with ssh-keyscan)")
        return GIT_ECERTIFICATE.rawValue
    }
}

/// `git_remote_callbacks.credentials`; the payload is the operation's `TransferCollector`.
func transferCredentials(_ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>?, _ url: UnsafePointer<CChar>?,
                         _ username: UnsafePointer<CChar>?, _ allowed: UInt32, _ payload: UnsafeMutableRawPointer?) -> Int32 {
    guard let out, let payload else { return GIT_PASSTHROUGH.rawValue }
    let collector = Unmanaged<TransferCollector>.fromOpaque(payload).takeUnretainedValue()
    let address = url.map { String(cString: $0) } ?? "?"
    let user = username.map { String(cString: $0) }
    if allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0 {
        return collector.http.acquire(out, url: address, username: user)
    }
    return collector.ssh.acquire(out, url: address, username: user, allowed: allowed)
}

/// `git_remote_callbacks.certificate_check`; the payload is the operation's `TransferCollector`.
func transferCertificateCheck(_ cert: UnsafeMutablePointer<git_cert>?, _ valid: Int32, _ host: UnsafePointer<CChar>?,
                              _ payload: UnsafeMutableRawPointer?) -> Int32 {
    guard let payload else { return GIT_PASSTHROUGH.rawValue }
    let collector = Unmanaged<TransferCollector>.fromOpaque(payload).takeUnretainedValue()
    let name = host.map { String(cString: $0) } ?? "?"
    if let cert, cert.pointee.cert_type == GIT_CERT_X509 {
        if valid != 0 { return 0 }
        git_error_set_str(
            Int32(GIT_ERROR_SSL.rawValue),
            "https: the certificate of \(name) is not signed by a certificate authority this machine trusts (or names another host): install the newsroom's CA in the system store (update-ca-certificates), or point GIT_SSL_CAINFO or git's http.sslCAInfo at it")
        return GIT_ECERTIFICATE.rawValue
    }
    return collector.ssh.checkHost(cert, valid: valid != 0, host: name)
}

extension git_remote_callbacks {
    /// Installs the ssh and http callbacks with `collector` as payload (which the caller keeps alive).
    mutating func installCredentials(_ collector: TransferCollector) {
        credentials = transferCredentials
        certificate_check = transferCertificateCheck
        payload = Unmanaged.passUnretained(collector).toOpaque()
    }
}
