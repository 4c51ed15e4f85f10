import ArgumentParser
import Galley

extension GalleyCommand.People {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: Help.text("Add a person."),
            discussion: Help.discussion(.peopleAdd))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("Their id: lowercase letters, digits, . _ -")) var id: String
        @Option(help: Help.argument("Full name, as bylines and commits show it.")) var name: String
        @Option(help: Help.argument("Email (commit author; git's user.email finds them).")) var email: String
        @Option(name: .customLong("role"), help: Help.argument("A role from the workflow (repeat for several).")) var roles: [String] = []
        @Option(name: .customLong("key"), help: Help.argument("An SSH public key file (.pub) they sign with (repeat for several).")) var keys: [String] = []
        @Option(help: Help.argument("The user name the central git server authenticates them by, when it is not their id.", valueName: "name"))
        var login: String?
        @Option(help: Help.argument("Their bút danh, the byline their articles carry by default.", valueName: "name")) var penName: String?
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                var publicKeys: [SSHPublicKey] = []
                for file in keys { publicKeys.append(try PublicKeyFile.read(file)) }
                let newsroom = try global.open()
                let step = try newsroom.addPerson(
                    id: id, name: name, email: email, roles: roles, keys: publicKeys, login: login, penName: penName, actorID: global.actorID)
                Terminal.notices(newsroom)
                StepOutput.print(step, format: format, text: Catalog.render(.personAdded(person: id, roles: roles), in: Terminal.language))
            }
        }
    }
}
