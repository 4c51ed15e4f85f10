import Foundation
import Testing

/// Issue 13: shell completions come from the binary's own command definitions
/// (swift-argument-parser's `--generate-completion-script`) and install with one command.
@Suite("Shell completions for bash, zsh and fish")
struct CompletionScriptTests {
    func script(_ shell: String, _ room: Newsroom, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try room.galley(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(shell): \(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty, "\(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// What bash offers for the command line `words` (the last one being completed), by sourcing the script.
    func bashCompletes(_ words: [String], with scriptFile: String, _ room: Newsroom) throws -> [String] {
        let driver = """
            source "$1"; shift
            COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
            _galley galley "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try ShellSupport.run("bash", ["-c", driver, "complete", scriptFile] + words, in: room)
        #expect(result.status == 0, "\(words): \(result)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func theBashScriptKnowsEveryCommandAndCompletes() throws {
        let room = try Newsroom()
        let bash = try script("bash", room)
        let paths = try ShellSupport.commandPaths(room)
        #expect(paths.count >= 40, "\(paths)")
        let topLevel = try ShellSupport.topLevelCommands(room)
        #expect(topLevel.count >= 25 && topLevel.contains("approve") && topLevel.contains("people"), "\(topLevel)")
        // One completion function per command, and the root offers every top-level command.
        for path in paths {
            #expect(bash.contains("\n_galley_\(path.joined(separator: "_"))() {"), "no bash function for `galley \(path.joined(separator: " "))`")
        }
        let offered = try #require(bash.range(of: "COMPREPLY+=($(compgen -W '"), "the root's subcommand list")
        let rootList = bash[offered.upperBound...].prefix { $0 != "'" }.split(separator: " ").map(String.init)
        #expect(Set(topLevel).isSubset(of: Set(rootList)), "root offers \(rootList), --help lists \(topLevel)")

        let file = try room.writeScratch("galley.bash", bash)
        let syntax = try ShellSupport.run("bash", ["-n", file], in: room)
        #expect(syntax.status == 0, "bash -n: \(syntax)")
        #expect(try bashCompletes(["galley", "ap"], with: file, room) == ["approve"])
        let keyWords = try bashCompletes(["galley", "people", "key", ""], with: file, room)
        #expect(keyWords.contains("add") && keyWords.contains("revoke"), "\(keyWords)")
        #expect(try bashCompletes(["galley", "init", "--admin-k"], with: file, room) == ["--admin-key"])
        #expect(try bashCompletes(["galley", "log", "--format", ""], with: file, room) == ["text", "json", "jsonl", "csv"])
    }

    @Test func theZshAndFishScriptsKnowEveryCommand() throws {
        let room = try Newsroom()
        let zsh = try script("zsh", room)
        let fish = try script("fish", room)
        #expect(zsh.hasPrefix("#compdef galley"), "\(zsh.prefix(80))")
        for path in try ShellSupport.commandPaths(room) {
            let name = try #require(path.last)
            #expect(zsh.contains("'\(name):"), "zsh does not offer `galley \(path.joined(separator: " "))`")
            let parent = (["galley"] + path.dropLast()).joined(separator: " ")
            #expect(fish.contains("__galley_should_offer_completions_for_positional \"\(parent)\" -eq 1' -fa '\(name)'"),
                    "fish does not offer `galley \(path.joined(separator: " "))`")
        }
    }

    @Test func descriptionsFollowTheReadersLanguage() throws {
        let room = try Newsroom()
        let vietnamese = try room.galley(["--generate-completion-script", "fish"], environment: ["GALLEY_LANG": "vi"])
        #expect(vietnamese.status == 0)
        #expect(vietnamese.stdout.contains("-fa 'approve' -d 'Duyệt bài sang khâu tiếp theo.'"), "\(vietnamese.stdout.prefix(400))")
    }

    @Test func oneCommandInstallsAllThree() throws {
        let room = try Newsroom()
        let galley = try GalleyBinary.url().path
        let staging = room.root.appendingPathComponent("staging")
        let system = try ShellSupport.run(ShellSupport.script("install-completions").path, ["--prefix", "/usr/local", "--galley", galley],
                                          in: room, environment: ["DESTDIR": staging.path])
        #expect(system.status == 0, "\(system)")
        let systemFiles = ["bash": "usr/local/share/bash-completion/completions/galley", "zsh": "usr/local/share/zsh/site-functions/_galley",
                           "fish": "usr/local/share/fish/vendor_completions.d/galley.fish"]
        for (shell, path) in systemFiles {
            let installed = try String(contentsOf: staging.appendingPathComponent(path), encoding: .utf8)
            #expect(installed == (try script(shell, room)), "\(path) is not galley's \(shell) script")
        }

        let user = try ShellSupport.run(ShellSupport.script("install-completions").path, ["--user", "--galley", galley, "--shell", "fish", "--shell", "bash"],
                                        in: room, environment: ["XDG_DATA_HOME": nil, "XDG_CONFIG_HOME": nil, "DESTDIR": nil])
        #expect(user.status == 0, "\(user)")
        let home = room.home
        for path in [".local/share/bash-completion/completions/galley", ".config/fish/completions/galley.fish"] {
            #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent(path).path), "\(path) not installed: \(user)")
        }
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent(".local/share/zsh").path), "only the shells asked for")

        let wrong = try ShellSupport.run(ShellSupport.script("install-completions").path, ["--prefix", staging.path, "--galley", galley, "--shell", "tcsh"], in: room)
        #expect(wrong.status == 64, "\(wrong)")
    }
}
