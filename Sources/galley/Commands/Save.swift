import ArgumentParser
import Galley

extension GalleyCommand {
    struct Save: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "save",
            abstract: Help.text("Commit a content revision of an article."),
            discussion: Help.discussion(.save))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The article id.")) var id: String
        @Option(help: Help.argument("New Markdown body from a file (- for standard input).", valueName: "file")) var bodyFile: String?
        @Option(help: Help.argument("New title (the id stays).")) var title: String?
        @OptionGroup var fields: ContentFieldOptions
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let source: ContentSource?
                if let bodyFile {
                    source = .body(try Terminal.readText(bodyFile, what: .body))
                } else if newsroom.isBare {
                    guard title != nil || fields.edits != ContentEdits() else {
                        throw GalleyError(.invalidInput, .lookup(.noWorkTree(article: id)))
                    }
                    source = nil
                } else {
                    source = .workTree
                }
                let step = try newsroom.save(id, content: source, title: title, edits: fields.edits, actorID: global.actorID)
                Terminal.notices(newsroom)
                guard let step else {
                    if format == .json { Terminal.print("null") } else { Terminal.print(Catalog.render(.nothingToCommit(article: id), in: Terminal.language)) }
                    return
                }
                StepOutput.print(step, format: format, text: Catalog.render(.revised(article: id, state: step.event.to ?? ""), in: Terminal.language))
            }
        }
    }
}
