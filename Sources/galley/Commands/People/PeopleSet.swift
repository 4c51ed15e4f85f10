import ArgumentParser
import Galley

extension GalleyCommand.People {
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: Help.text("Replace a person's roles (and reactivate them)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The person's id.")) var id: String
        @Option(name: .customLong("role"), help: Help.argument("A role from the workflow (repeat for several).")) var roles: [String] = []
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let step = try newsroom.setRoles(id: id, roles: roles, actorID: global.actorID)
                Terminal.notices(newsroom)
                StepOutput.print(step, format: format, text: Catalog.render(.rolesSet(person: id, roles: roles), in: Terminal.language))
            }
        }
    }
}
