import ArgumentParser
import Foundation
import Galley
#if canImport(Glibc)
import Glibc
#endif

extension GalleyCommand {
    /// Run by sshd for a key whose `authorized_keys` line names it; replaces itself with git.
    struct SSHEntryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ssh-entry",
            abstract: Help.text("Serve git over ssh for one person's key (for authorized_keys)."),
            discussion: Help.text("""
                Put it in the central server's authorized_keys, one line per key:

                  command="/usr/local/bin/galley ssh-entry --person hangoc /srv/git/toa-soan.git",restrict ssh-ed25519 AAAA… hangoc

                sshd has checked the key; this line says whose it is. Only git's fetch and push \
                (git-upload-pack, git-receive-pack) run, only for the repositories listed, and the \
                pre-receive hook is told the pusher (GALLEY_PUSHER), so an unsigned step in the push \
                must be that person's own. A shell or any other command is refused. Clients use \
                ssh://git@server/srv/git/toa-soan.git or git@server:toa-soan.git.
                """))

        @Option(help: Help.argument("The login of the person this key belongs to: their id in people.yaml, or their `login` when they have one.", valueName: "login"))
        var person: String

        @Argument(help: Help.argument("The newsroom repositories this key may reach (absolute paths)."))
        var repositories: [String] = []

        func run() throws {
            var decision: SSHEntry.Decision?
            try Terminal.run { () throws(GalleyError) in
                decision = try SSHEntry.decide(
                    originalCommand: ProcessInfo.processInfo.environment["SSH_ORIGINAL_COMMAND"],
                    person: person, repositories: repositories)
            }
            guard let decision else { return }
            for name in SSHEntry.smuggled(in: ProcessInfo.processInfo.environment) { unsetenv(name) }
            for (name, value) in decision.environment { setenv(name, value, 1) }
            let arguments = ["git", decision.service.rawValue, decision.repository]
            var pointers = arguments.map { strdup($0) } + [nil]
            execvp("git", &pointers)
            // Only reached when exec failed.
            let reason = String(cString: strerror(errno))
            for pointer in pointers { free(pointer) }
            Terminal.note("galley ssh-entry: cannot run git (\(reason)): install git on the server")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
    }
}
