/// Who the central git server says is pushing. The server authenticated them (a web server's
/// basic authentication, an ssh key bound to a person, gitolite, a forge), so its word is the
/// one identity an unsigned step can be held to; the hook requires such a step to name them.
public struct Pusher: Sendable, Equatable {
    /// The user name as the server gives it (matched against `Person.pushLogin`).
    public var login: String
    /// The environment variable it came from, for refusals that tell an admin where to look.
    public var source: String
    /// Other variables that name someone else (`VARIABLE=login`). Two servers' words that disagree
    /// mean one of them was set by the client (an sshd whose AcceptEnv lets `GALLEY_*` through
    /// to gitolite): then no unsigned step is accepted.
    public var contradictions: [String]

    public init(login: String, source: String, contradictions: [String] = []) {
        self.login = login
        self.source = source
        self.contradictions = contradictions
    }

    /// The variable Galley's own ssh entry point (`galley ssh-entry`) sets for the hook.
    public static let galleyVariable = "GALLEY_PUSHER"

    /// Where servers put the authenticated user, most specific first: Galley's ssh entry point,
    /// gitolite, Gitea and Forgejo, GitLab's server hooks, then git-http-backend under a web
    /// server's authentication (which gitolite and forges behind a web server may also set).
    public static let variables = [galleyVariable, "GL_USER", "GITEA_PUSHER_NAME", "GL_USERNAME", "REMOTE_USER"]

    /// The pusher the environment names, or nil when no server names one (anonymous `git daemon`,
    /// a push to a local path): then unsigned steps are judged by their trailers alone.
    public static func named(in environment: [String: String]) -> Pusher? {
        let named = variables.compactMap { variable in environment[variable].flatMap { $0.isEmpty ? nil : (variable, $0) } }
        guard let (source, login) = named.first else { return nil }
        // Compared as the rule compares logins: scalar for scalar.
        let others = named.dropFirst().filter { !$0.1.unicodeScalars.elementsEqual(login.unicodeScalars) }
        return Pusher(login: login, source: source, contradictions: others.map { "\($0.0)=\($0.1)" })
    }
}
