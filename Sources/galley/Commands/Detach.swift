import ArgumentParser
import Galley

extension GalleyCommand {
    /// `galley detach`: removes an attached file; the history keeps it.
    struct Detach: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "detach", abstract: Help.text("Remove an attached file from an article (the history keeps it)."),
            discussion: Help.discussion(.detach))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The article id.")) var id: String
        @Argument(help: Help.argument("The attached file's name.", valueName: "name")) var name: String
        @Option(
            name: [.customShort("m"), .customLong("message")], help: Help.argument("A note for the record.", valueName: "note"))
        var message: String?
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

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
