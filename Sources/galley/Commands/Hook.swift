import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Hook: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hook",
            abstract: Help.text("Make a bare central repository enforce the workflow on every push."),
            discussion: Help.discussion(.hook),
            subcommands: [Install.self, PreReceive.self])

        struct Install: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "install", abstract: Help.text("Install the pre-receive hook in a bare repository."))
            @Argument(help: Help.argument("The bare central repository.")) var path: String

            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    let hook = try CentralHook.install(repositoryPath: path, galleyPath: try Self.runningBinary())
                    Terminal.print(Catalog.render(.sync(.hookInstalled(path: hook)), in: Terminal.language))
                }
            }

            /// The absolute path of this galley binary, so the hook does not depend on the server's PATH.
            static func runningBinary() throws(GalleyError) -> String {
                if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
                if let path = Bundle.main.executablePath, path.hasPrefix("/") { return path }
                throw GalleyError(.failure, .localFile(.binaryNotLocated))
            }
        }

        struct PreReceive: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "pre-receive", abstract: Help.text("Run by git as the pre-receive hook (reads OLD NEW REF lines)."),
                shouldDisplay: false)

            func run() throws {
                var rejected = false
                try Terminal.run { () throws(GalleyError) in
                    let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                    let updates = input.split(separator: "\n").compactMap(PushGuard.Update.init(line:))
                    let reasons = try PushGuard.judge(updates, environment: ProcessInfo.processInfo.environment, language: Terminal.language)
                    for reason in reasons { Terminal.note(reason) }
                    if !reasons.isEmpty {
                        Terminal.note(Catalog.render(.sync(.pushRefused(problems: reasons.count)), in: Terminal.language))
                        rejected = true
                    }
                }
                if rejected { throw ExitCode(ExitStatus.failure.rawValue) }
            }
        }
    }
}
