import Foundation

/// How `galley serve` runs: where, for which newsroom, and what it may trust. In the library,
/// because the command line checks it and the `galley-desk` program runs it (`DeskLaunch`).
public struct DeskConfiguration: Sendable, Codable, Equatable {
    /// `--repo`, or nil: found from `currentDirectory` like git does.
    public var repository: String?
    public var currentDirectory: String
    public var host: String
    /// 0: any free port (the one taken is told to `onListening`).
    public var port: Int
    /// Mark cookies Secure: the desk is reached over TLS (a proxy in front terminates it).
    public var secureCookies: Bool
    /// Believe `X-Forwarded-Proto` and `X-Forwarded-For` from the proxy in front: a request
    /// that came over https gets Secure cookies, and sign-in throttling counts the client's
    /// address, not the proxy's. Only behind a proxy that sets both itself.
    public var trustProxy: Bool
    /// The pages' language unless a reader picks the other one (nil: galley.yaml's).
    public var language: Language?
    /// `--proxy-user-header`: a request from one of `proxyAddresses` that carries this header
    /// is signed in as the person whose people.yaml `login` (or id) it names, without a password.
    public var proxyUserHeader: String?
    /// `--proxy-address`: the peers (IP addresses) whose proxy headers are believed.
    public var proxyAddresses: [String]

    public init(
        repository: String?, currentDirectory: String, host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false,
        trustProxy: Bool = false, language: Language? = nil, proxyUserHeader: String? = nil, proxyAddresses: [String] = []
    ) {
        self.repository = repository
        self.currentDirectory = currentDirectory
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.trustProxy = trustProxy
        self.language = language
        self.proxyUserHeader = proxyUserHeader
        self.proxyAddresses = proxyAddresses
    }

    /// Whether `address` (a peer's) is a proxy the desk was told to trust. With no
    /// `--proxy-address`, `--trust-proxy` trusts any peer's forwarding headers, as before.
    public func isTrustedProxy(_ address: String?) -> Bool {
        guard !proxyAddresses.isEmpty else { return trustProxy }
        guard let address else { return false }
        let plain = address.hasPrefix("::ffff:") ? String(address.dropFirst(7)) : address
        return proxyAddresses.contains(address) || proxyAddresses.contains(plain)
    }

    /// An IPv4 or IPv6 address, as a peer's address is written.
    public static func isIPAddress(_ text: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }

    /// `ADDR:PORT` (`127.0.0.1:8080`, `[::1]:8080`, `:8080` for 127.0.0.1); nil when it is not one.
    public static func listenAddress(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
            return nil
        }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host.isEmpty ? "127.0.0.1" : host, port)
    }
}
