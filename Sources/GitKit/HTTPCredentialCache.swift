import Foundation

/// The credentials that worked in this process, by server and user name: `sync` fetches and
/// then pushes, and asking git's helpers (two processes each time) and approving again for the
/// second operation cost more than the push itself. A credential the server refuses is dropped.
final class HTTPCredentialCache: @unchecked Sendable {
    static let shared = HTTPCredentialCache()

    private let lock = NSLock()
    private var approved: [String: GitCredentialHelper.Credential] = [:]

    /// `scheme://user@host:port` of `url` (nil when it does not parse): the path does not matter within one run.
    static func key(_ url: String, username: String?) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme, let host = components.host else { return nil }
        let user = username ?? components.user ?? ""
        return "\(scheme)://\(user)@\(host):\(components.port.map(String.init) ?? "")"
    }

    func credential(for key: String) -> GitCredentialHelper.Credential? {
        lock.lock()
        defer { lock.unlock() }
        return approved[key]
    }

    /// Records `credential` as working; false when it was already recorded (so the helpers were told).
    func remember(_ credential: GitCredentialHelper.Credential, for key: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if approved[key] == credential { return false }
        approved[key] = credential
        return true
    }

    func forget(_ key: String) {
        lock.lock()
        defer { lock.unlock() }
        approved[key] = nil
    }
}
