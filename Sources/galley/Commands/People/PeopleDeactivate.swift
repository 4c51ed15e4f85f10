import ArgumentParser
import Galley

extension GalleyCommand.People {
    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "deactivate", abstract: Help.text("Deactivate a person: they stay listed but may take no step."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The person's id.")) var id: String
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let step = try newsroom.deactivate(id: id, actorID: global.actorID)
                Terminal.notices(newsroom)
                StepOutput.print(step, format: format, text: Catalog.render(.personDeactivated(person: id), in: Terminal.language))
            }
        }
    }
}
