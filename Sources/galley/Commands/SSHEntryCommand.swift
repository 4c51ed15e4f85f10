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
            discussion: Help.discussion(.sshEntry))

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
