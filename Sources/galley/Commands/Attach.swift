import ArgumentParser
import Galley

extension GalleyCommand {
    /// `galley attach`: a photo or PDF into the article's page bundle, described in its front matter.
    struct Attach: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attach", abstract: Help.text("Attach a photo or PDF to an article, with its caption and credit."),
            discussion: Help.discussion(.attach))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The article id.")) var id: String
        @Argument(help: Help.argument("The file to attach.", valueName: "file")) var file: String
        @Option(help: Help.argument("The name to store it under (cleaned the same way); default: the file's own name.", valueName: "name"))
        var name: String?
        @Option(help: Help.argument("The caption readers see under the photo.", valueName: "text")) var caption: String?
        @Option(help: Help.argument("Who made it, e.g. \"Ảnh: Hà Ngọc\".", valueName: "text")) var credit: String?
        @Option(help: Help.argument("What the image shows, for readers who cannot see it.", valueName: "text")) var alt: String?
        @Option(
            name: [.customShort("m"), .customLong("message")], help: Help.argument("A note for the record.", valueName: "note"))
        var message: String?
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let recorded = try newsroom.attach(
                    id, fileAt: file, name: name, caption: caption, credit: credit, alt: alt, note: message, actorID: global.actorID)
                let article = recorded.event.article ?? id
                let stored = try newsroom.show(article).article.document.meta.resources.last
                let bytes = try newsroom.attachments(of: article).first { $0.name == stored?.src }?.bytes ?? 0
                let text = Message.attachment(.attached(article: article, name: stored?.src ?? "", bytes: bytes))
                StepOutput.print(recorded, format: format, text: Catalog.render(text, in: Terminal.language))
            }
        }
    }
}
