import ArgumentParser
import Galley

extension GalleyCommand {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: Help.text("Start a new article (the workflow's create step); prints its id."),
            discussion: """
                The id is made once from the title: Vietnamese letters folded to ASCII (đ → d), \
                lowercase, hyphens; -2, -3 … when taken. Renaming the title later never changes it. \
                The article is written to articles/YYYY/MM/DD/<id>/index.md, in state draft.

                Example: galley new "Kiểm tra công tác dân vận" --section thoi-su --tag "dân vận" --body-file bai.md
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The headline.") var title: String?
        @Option(help: "Section, e.g. thoi-su.") var section: String?
        @Option(name: .customLong("tag"), help: "A tag (repeat for several).") var tags: [String] = []
        @Option(help: "Byline as printed, e.g. \"Bài và ảnh: Thanh Phú\" or \"Theo TTXVN\" (default: the author's pen name, else their name).")
        var byline: String?
        @OptionGroup var fields: ContentFieldOptions
        @Option(help: ArgumentHelp("Markdown body from a file (- for standard input).", valueName: "file")) var bodyFile: String?
        @Option(help: ArgumentHelp("Take title, byline and body from a news text as published (title line, date line, paragraphs, byline); TITLE is then optional.", valueName: "file"))
        var fromText: String?
        @Option(help: "Output format.") var format: OutputFormat = .text

        func validate() throws {
            if title == nil && fromText == nil { throw ValidationError("give the TITLE, or --from-text FILE") }
            if bodyFile != nil && fromText != nil { throw ValidationError("--body-file and --from-text both give the body: choose one") }
        }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                var input = NewArticle(
                    title: title ?? "", section: section, tags: tags, byline: byline, summary: fields.summary, source: fields.source,
                    sourceURL: fields.sourceURL)
                if let bodyFile {
                    input.body = try Terminal.readText(bodyFile, what: "body file")
                } else if let fromText {
                    let item = try NewsItemText.parse(
                        try Terminal.readText(fromText, what: "news text"), timeZone: try newsroom.snapshot().config.timeZone)
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

    struct Save: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "save",
            abstract: Help.text("Commit a content revision of an article."),
            discussion: """
                The new text comes from --body-file, or else from the work tree's copy of the article \
                (edit articles/…/<id>/index.md, then run galley save ID). Title, byline, section, summary, \
                source, tags and body may change; id, state, author and created may not. No change, no commit. \
                Allowed only where the workflow lets you edit (e.g. the author in draft, editors in submitted).
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The article id.") var id: String
        @Option(help: ArgumentHelp("New Markdown body from a file (- for standard input).", valueName: "file")) var bodyFile: String?
        @Option(help: "New title (the id stays).") var title: String?
        @OptionGroup var fields: ContentFieldOptions
        @Option(help: "Output format.") var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let source: ContentSource?
                if let bodyFile {
                    source = .body(try Terminal.readText(bodyFile, what: "body file"))
                } else if newsroom.isBare {
                    guard title != nil || fields.edits != ContentEdits() else {
                        throw .invalidInput("this repository has no work tree: give the new text with --body-file FILE (or use `galley edit \(id)`)")
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
