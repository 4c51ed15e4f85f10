import ArgumentParser
import Galley

extension GalleyCommand {
    /// `galley detach`: removes an attached file; the history keeps it.
    struct Detach: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "detach", abstract: Help.text("Remove an attached file from an article (the history keeps it)."),
            discussion: "NAME is the file's name as `galley show` lists it. Allowed exactly where editing the text is.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The article id.") var id: String
        @Argument(help: ArgumentHelp("The attached file's name.", valueName: "name")) var name: String
        @Option(
            name: [.customShort("m"), .customLong("message")], help: ArgumentHelp("A note for the record.", valueName: "note"))
        var message: String?
        @Option(help: "Output format.") var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let recorded = try newsroom.detach(id, name: name, note: message, actorID: global.actorID)
                let text = Message.attachment(.detached(article: recorded.event.article ?? id, name: name))
                StepOutput.print(recorded, format: format, text: Catalog.render(text, in: Terminal.language))
            }
        }
    }
}
