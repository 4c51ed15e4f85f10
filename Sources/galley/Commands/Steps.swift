import ArgumentParser
import Galley

/// What every workflow-step command takes: the article, a note, the output format.
struct StepOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The article id.") var id: String
    @Option(
        name: [.customShort("m"), .customLong("message")],
        help: ArgumentHelp("A note for the record, saying why (required where the workflow asks for one).", valueName: "note"))
    var message: String?
    @Option(help: "Output format.") var format: OutputFormat = .text
}

/// A command that takes one workflow transition: its whole body is `StepRunner.take`.
protocol WorkflowStepCommand: ParsableCommand {
    static var transition: String { get }
    var step: StepOptions { get }
}

extension WorkflowStepCommand {
    func run() throws { try StepRunner.take(step, transition: Self.transition) }
}

/// Shared by every workflow-step command: take the step, report it in the reader's language.
enum StepRunner {
    static func take(_ options: StepOptions, transition: String, bodyFile: String? = nil, publishAt: String? = nil) throws {
        try Terminal.run { () throws(GalleyError) in
            let body = try bodyFile.map { (path) throws(GalleyError) in try Terminal.readText(path, what: "body file") }
            let newsroom = try options.global.open()
            let step = try newsroom.transition(
                options.id, transition, note: options.message, body: body, publishAt: publishAt, actorID: options.global.actorID)
            let taken = Message.stepTaken(
                article: options.id, step: transition, from: step.event.from, to: step.event.to, actor: step.event.actor ?? "")
            StepOutput.print(step, format: options.format, text: Catalog.render(taken, in: Terminal.language))
        }
    }
}

extension StepRunner {
    /// `correct`: the text from --body-file or the work tree, the headline from --title.
    static func correct(_ options: StepOptions, bodyFile: String?, title: String?, photo: PhotoReplacement? = nil) throws {
        try Terminal.run { () throws(GalleyError) in
            let body = try bodyFile.map { (path) throws(GalleyError) in try Terminal.readText(path, what: "body file") }
            let newsroom = try options.global.open()
            let step = try newsroom.correct(
                options.id, note: options.message, body: body, title: title, replacingPhoto: photo, actorID: options.global.actorID)
            let taken = Message.stepTaken(
                article: options.id, step: "correct", from: step.event.from, to: step.event.to, actor: step.event.actor ?? "")
            StepOutput.print(step, format: options.format, text: Catalog.render(taken, in: Terminal.language))
        }
    }
}

extension GalleyCommand {
    struct Submit: WorkflowStepCommand {
        static let transition = "submit"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Submit a draft (or a returned article) for editing. Author only."),
            discussion: "The note (-m) is for the editors.")
        @OptionGroup var step: StepOptions
    }

    struct Approve: WorkflowStepCommand {
        static let transition = "approve"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Approve an article for its next stage."),
            discussion: "In the standard workflow an editor approves a submitted article (→ edited), then the editor-in-chief (not its author, not the editor who approved this round) approves it (→ approved). A note is optional.")
        @OptionGroup var step: StepOptions
    }

    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publish", abstract: Help.text("Publish an approved article (front matter draft: false). Not by its author."),
            discussion: """
                --at schedules it: the article is published now in the workflow, and its front matter's publishDate \
                (Hugo's) keeps a site built before that time from showing it. The time is read in the newsroom's \
                time zone: "2026-12-02 06:00", "2026-12-02" (midnight) or ISO 8601 with an offset. \
                A publication before the article's embargo is refused.
                """)
        @OptionGroup var step: StepOptions
        @Option(help: ArgumentHelp("Show it from this time (newsroom time zone), e.g. \"2026-12-02 06:00\".", valueName: "time")) var at: String?
        func run() throws { try StepRunner.take(step, transition: "publish", publishAt: at) }
    }

    struct Embargo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "embargo", abstract: Help.text("Set, move or lift an article's embargo: no publication before that time."),
            discussion: """
                Editors and the chief (whoever approves or publishes in the workflow) set it on an article not yet \
                published; the state does not change. --until is read in the newsroom's time zone like publish --at. \
                Then publish refuses to take effect before it: publish later, or with --at the embargo's time.

                Example: galley embargo cau-dong-lac --until "2026-12-02 06:00" -m "Theo yêu cầu của Bộ"
                """)
        @OptionGroup var step: StepOptions
        @Option(help: ArgumentHelp("No publication before this time (newsroom time zone).", valueName: "time")) var until: String?
        @Flag(help: "Lift the embargo.") var lift = false

        func validate() throws {
            if lift == (until != nil) { throw ValidationError("give --until TIME, or --lift (not both)") }
        }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try step.global.open()
                let recorded = try newsroom.embargo(step.id, until: until, note: step.message, actorID: step.global.actorID)
                let article = recorded.event.article ?? step.id
                let text: Message = lift
                    ? .editorial(.embargoLifted(article: article))
                    : .editorial(.embargoSet(article: article, until: (try? newsroom.show(article))?.article.document.meta.embargo?.iso8601 ?? until ?? ""))
                StepOutput.print(recorded, format: step.format, text: Catalog.render(text, in: Terminal.language))
            }
        }
    }

    struct Reject: WorkflowStepCommand {
        static let transition = "reject"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Send an article back to its author, saying why."),
            discussion: "The note (-m) is required: it says why the article goes back.")
        @OptionGroup var step: StepOptions
    }

    struct Retract: WorkflowStepCommand {
        static let transition = "retract"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Retract a published article, saying why. Its text is kept (draft: true), never deleted."),
            discussion: "The note (-m) is required: it says why the article is retracted.")
        @OptionGroup var step: StepOptions
    }

    struct Spike: WorkflowStepCommand {
        static let transition = "spike"
        static let configuration = CommandConfiguration(
            commandName: transition, abstract: Help.text("Drop a draft for good, saying why. Its text is kept."),
            discussion: "The note (-m) is required: it says why the draft is dropped.")
        @OptionGroup var step: StepOptions
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct",
            abstract: Help.text("Publish a correction: the only way to change a published article's text."),
            discussion: """
                The note (-m, required) says what was corrected. The new text is --body-file's, or else the work \
                tree's index.md as you edited it; --title corrects a wrong headline, alone or with the text. \
                The correction is appended to the article's corrections: list with its notice for readers \
                (the wrong and the corrected passages, the original title, section and publication time), \
                which a site prints under the article (Press Law 2016, art. 42). \
                --replace-photo NAME --photo FILE puts a new photo in place of a wrong one (checked as attach \
                checks it; the old one stays in the history), with the text or alone.
                """)
        @OptionGroup var step: StepOptions
        @Option(help: ArgumentHelp("The corrected body (required in a bare repository; else the work tree's index.md by default; - for standard input).", valueName: "file"))
        var bodyFile: String?
        @Option(help: ArgumentHelp("The corrected headline.", valueName: "title")) var title: String?
        @Option(help: ArgumentHelp("An attached photo this correction replaces (its name as `galley show` lists it).", valueName: "name"))
        var replacePhoto: String?
        @Option(help: ArgumentHelp("The photo that replaces it.", valueName: "file")) var photo: String?
        @Option(help: ArgumentHelp("The new photo's caption.", valueName: "text")) var caption: String?
        @Option(help: ArgumentHelp("The new photo's credit.", valueName: "text")) var credit: String?
        @Option(help: ArgumentHelp("The new photo's description for readers who cannot see it.", valueName: "text")) var alt: String?

        func validate() throws {
            if (replacePhoto == nil) != (photo == nil) { throw ValidationError("--replace-photo NAME and --photo FILE go together") }
            if photo == nil, caption != nil || credit != nil || alt != nil {
                throw ValidationError("--caption, --credit and --alt describe the --photo that replaces one")
            }
        }

        func run() throws {
            let replacement = replacePhoto.map { PhotoReplacement(replacing: $0, path: photo ?? "", caption: caption, credit: credit, alt: alt) }
            try StepRunner.correct(step, bodyFile: bodyFile, title: title, photo: replacement)
        }
    }

    struct Transition: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "transition",
            abstract: Help.text("Take any transition of the workflow by name (for custom workflows)."),
            discussion: "`galley workflow show` lists the transitions; `galley queue` shows the ones you may take now.")
        // The article comes first (`galley transition ID NAME`): the option group's positional is declared before the name.
        @OptionGroup var step: StepOptions
        @Argument(help: "The transition's name in workflow.yaml.") var name: String
        @Option(help: ArgumentHelp("New body, for transitions that carry text.", valueName: "file")) var bodyFile: String?
        @Option(help: ArgumentHelp("For a publication: show it from this time (newsroom time zone), as publish --at.", valueName: "time"))
        var at: String?
        func run() throws { try StepRunner.take(step, transition: name, bodyFile: bodyFile, publishAt: at) }
    }
}
