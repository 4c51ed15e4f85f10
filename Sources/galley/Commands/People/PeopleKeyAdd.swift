import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.People.Key {
    struct AddKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: Help.text("Add a public key (FILE.pub) to a person."),
            discussion: Help.discussion(.peopleKeyAdd))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The person's id.")) var id: String
        @Argument(help: Help.argument("Their public key file (.pub).")) var file: String
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let key = try PublicKeyFile.read(file)
                let newsroom = try global.open()
                let step = try newsroom.addKey(key, to: id, actorID: global.actorID)
                Terminal.notices(newsroom)
                StepOutput.print(step, format: format, text: Catalog.render(.keyAdded(person: id, fingerprint: key.fingerprint), in: Terminal.language))
            }
        }
    }
}
