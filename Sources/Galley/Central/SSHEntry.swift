import Foundation

/// `galley ssh-entry`: what an `authorized_keys` line runs instead of a shell
/// (`command="galley ssh-entry --person ID REPO…",restrict ssh-ed25519 …`). sshd has
/// authenticated the key; the line binds it to one person. Only git's upload (fetch,
/// clone) and receive (push) are allowed, only for the repositories the line lists,
/// and the person is handed to the pre-receive hook as the pusher (`GALLEY_PUSHER`).
public enum SSHEntry {
    /// The git service a client asked for.
    public enum Service: String, Sendable, Equatable {
        case upload = "upload-pack"
        case receive = "receive-pack"
    }

    /// What to run: `git SERVICE REPOSITORY`, with `environment` added.
    public struct Decision: Sendable, Equatable {
        public var service: Service
        /// The allowed repository, as the `authorized_keys` line gives it (absolute).
        public var repository: String
        public var environment: [String: String]
    }

    /// Decides what `SSH_ORIGINAL_COMMAND` may run, or refuses. `repositories` are absolute paths;
    /// a client names one by that path, or by its last component with or without `.git`
    /// (`git@server:toa-soan.git`), as `git` sends it (`git-receive-pack '/srv/git/toa-soan.git'`).
    public static func decide(
        originalCommand: String?, person: String, repositories: [String]
    ) throws(GalleyError) -> Decision {
        guard Person.isValidLogin(person) else { throw GalleyError(.invalidInput, .sshEntryBadPerson(person: person)) }
        guard !repositories.isEmpty, repositories.allSatisfy({ $0.hasPrefix("/") }) else {
            throw GalleyError(.invalidInput, .sshEntryNeedsRepositories)
        }
        guard let command = originalCommand, !command.isEmpty else {
            throw GalleyError(refusal: .sshEntryNoShell(person: person))
        }
        guard let (service, requested) = parse(command) else {
            throw GalleyError(refusal: .sshEntryCommandRefused(command: String(command.prefix(200))))
        }
        guard let repository = match(requested, repositories) else {
            throw GalleyError(refusal: .sshEntryRepositoryNotAllowed(requested: requested, allowed: repositories))
        }
        return Decision(service: service, repository: repository, environment: [Pusher.galleyVariable: person])
    }

    /// The variables of `environment` git must not run with: sshd passes a client's variables on
    /// when its `AcceptEnv` lets them through, and a client's `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_0`
    /// (`core.hooksPath`), `GIT_DIR` or `GIT_OBJECT_DIRECTORY` would steer git past the listed
    /// repository or its hook, and `GL_USER` or `REMOTE_USER` would be a second pusher. All of
    /// `GIT_*` goes but `GIT_PROTOCOL` (protocol v2), and every pusher variable (`GALLEY_PUSHER` is set anew).
    public static func smuggled(in environment: [String: String]) -> [String] {
        environment.keys.filter { name in
            (name.hasPrefix("GIT_") && name != "GIT_PROTOCOL") || Pusher.variables.contains(name)
        }.sorted()
    }

    /// `git-upload-pack 'PATH'`, `git upload-pack 'PATH'` (and receive-pack): the forms git's ssh
    /// transport sends, the path in single quotes with `'\''` for a quote. Anything else is nil.
    static func parse(_ command: String) -> (Service, String)? {
        let services: [(prefix: String, Service)] = [
            ("git-upload-pack ", .upload), ("git upload-pack ", .upload),
            ("git-receive-pack ", .receive), ("git receive-pack ", .receive),
        ]
        guard let (prefix, service) = services.first(where: { command.hasPrefix($0.prefix) }) else { return nil }
        guard let path = unquote(command.dropFirst(prefix.count)), !path.isEmpty else { return nil }
        return (service, path)
    }

    /// The shell's single-quoted word, as git's `sq_quote` writes it; nil for anything that is not exactly one.
    static func unquote(_ text: Substring) -> String? {
        var result = ""
        var rest = text[...]
        var quoted = false
        while let character = rest.first {
            rest = rest.dropFirst()
            if quoted {
                if character == "'" { quoted = false } else { result.append(character) }
            } else if character == "'" {
                quoted = true
            } else if character == "\\", let next = rest.first, next == "'" {
                result.append("'")
                rest = rest.dropFirst()
            } else {
                return nil
            }
        }
        return quoted ? nil : result
    }

    /// The allowed repository `requested` names, compared after resolving symbolic links and
    /// `..`, so no spelling reaches a repository the line does not list.
    static func match(_ requested: String, _ repositories: [String]) -> String? {
        if requested.hasPrefix("/") {
            let wanted = canonical(requested)
            return repositories.first { canonical($0) == wanted || canonical($0) == canonical(requested + ".git") }
        }
        var name = requested
        if name.hasPrefix("~/") { name.removeFirst(2) }
        guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else { return nil }
        return repositories.first { repository in
            let last = (repository as NSString).lastPathComponent
            return last == name || last == name + ".git"
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
