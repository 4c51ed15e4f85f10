import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.People.Key {
    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: Help.text("Revoke a key by its fingerprint (SHA256:…, as ssh-keygen -lf prints it)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The person's id.")) var id: String
        @Argument(help: Help.argument("The key's fingerprint, SHA256:….")) var fingerprint: String
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let step = try newsroom.revokeKey(fingerprint: fingerprint, of: id, actorID: global.actorID)
                Terminal.notices(newsroom)
                StepOutput.print(step, format: format, text: Catalog.render(.keyRevoked(person: id, fingerprint: fingerprint), in: Terminal.language))
            }
        }
    }
}
