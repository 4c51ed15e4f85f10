import ArgumentParser
import Galley

extension GalleyCommand {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: Help.text("Start a new article (the workflow's create step); prints its id."),
            discussion: Help.discussion(.new))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The headline.")) var title: String?
        @Option(help: Help.argument("Section, e.g. thoi-su.")) var section: String?
        @Option(name: .customLong("tag"), help: Help.argument("A tag (repeat for several).")) var tags: [String] = []
        @Option(help: Help.argument("Byline as printed, e.g. \"Bài và ảnh: Thanh Phú\" or \"Theo TTXVN\" (default: the author's pen name, else their name)."))
        var byline: String?
        @OptionGroup var fields: ContentFieldOptions
        @Option(help: Help.argument("Markdown body from a file (- for standard input).", valueName: "file")) var bodyFile: String?
        @Option(help: Help.argument("Take title, byline and body from a news text as published (title line, date line, paragraphs, byline); TITLE is then optional.", valueName: "file"))
        var fromText: String?
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func validate() throws {
            if title == nil && fromText == nil { throw ValidationError(Help.usage(.titleOrFromText)) }
            if bodyFile != nil && fromText != nil { throw ValidationError(Help.usage(.bodyFileOrFromText)) }
        }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                var input = NewArticle(
                    title: title ?? "", section: section, tags: tags, byline: byline, summary: fields.summary, source: fields.source,
                    sourceURL: fields.sourceURL)
                if let bodyFile {
                    input.body = try Terminal.readText(bodyFile, what: .body)
                } else if let fromText {
                    let item = try NewsItemText.parse(
                        try Terminal.readText(fromText, what: .newsText), timeZone: try newsroom.snapshot().config.timeZone)
                    input.title = title ?? item.title
                    input.byline = byline ?? item.byline
                    input.body = item.body
                }
                let step = try newsroom.create(input, actorID: global.actorID)
                Terminal.notices(newsroom)
                let id = step.event.article ?? ""
                switch format {
                case .json: Terminal.print(json: ContractJSON.recorded(step, id: id))
                case .text: Terminal.print(id)
                }
            }
        }
    }
}
