/// Who the central git server says is pushing. The server authenticated them (a web server's
/// basic authentication, an ssh key bound to a person, gitolite, a forge), so its word is the
/// one identity an unsigned step can be held to; the hook requires such a step to name them.
public struct Pusher: Sendable, Equatable {
    /// The user name as the server gives it (matched against `Person.pushLogin`).
    public var login: String
    /// The environment variable it came from, for refusals that tell an admin where to look.
    public var source: String

    public init(login: String, source: String) {
        self.login = login
        self.source = source
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
        for variable in variables {
            if let value = environment[variable], !value.isEmpty {
                return Pusher(login: value, source: variable)
            }
        }
        return nil
    }
}
