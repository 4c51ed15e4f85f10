import ArgumentParser
import Galley

extension GalleyCommand.People {
    struct Login: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "login",
            abstract: Help.text("Set the user name the central git server knows a person by."),
            discussion: Help.discussion(.peopleLogin))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The person's id.")) var id: String
        @Argument(help: Help.argument("Their login on the git server (omit with --clear).")) var login: String?
        @Flag(help: Help.argument("Go back to the person's id as their login.")) var clear = false
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func validate() throws {
            if clear == (login != nil) { throw ValidationError(Help.usage(.loginOrClear)) }
        }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let step = try newsroom.setLogin(id: id, login: clear ? nil : login, actorID: global.actorID)
                Terminal.notices(newsroom)
                let shown = clear ? id : login ?? id
                StepOutput.print(step, format: format, text: Catalog.render(.loginSet(person: id, login: shown), in: Terminal.language))
            }
        }
    }
}
