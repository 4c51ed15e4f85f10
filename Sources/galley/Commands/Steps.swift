import ArgumentParser
import Galley

/// Shared by every workflow-step command: take the step, report it.
enum StepCommand {
    static func take(
        _ global: GlobalOptions, id: String, transition: String, note: String?, bodyFile: String? = nil, format: OutputFormat
    ) throws {
        try Terminal.run { () throws(GalleyError) in
            let body = try bodyFile.map { (path) throws(GalleyError) in try Terminal.readText(path, what: "body file") }
            let newsroom = try global.open()
            let step = try newsroom.transition(id, transition, note: note, body: body, actorID: global.actorID)
            Terminal.notices(newsroom)
            let taken = Message.stepTaken(article: id, step: transition, from: step.event.from, to: step.event.to, actor: step.event.actor ?? "")
            StepOutput.print(step, format: format, text: Catalog.render(taken, in: Terminal.language))
        }
    }
}

extension GalleyCommand {
    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "submit", abstract: "Submit a draft (or a returned article) for editing. Author only.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The article id.") var id: String
        @Option(name: [.customShort("m"), .customLong("message")], help: ArgumentHelp("A note for the editors.", valueName: "note")) var message: String?
        @Option(help: "Output format.") var format: OutputFormat = .text
        func run() throws { try StepCommand.take(global, id: id, transition: "submit", note: message, format: format) }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "approve",
            abstract: "Approve an article for its next stage.",
            discussion: "In the standard workflow an editor approves a submitted article (→ edited), then the editor-in-chief (not its author, not the editor who approved this round) approves it (→ approved).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The article id.") var id: String
        @Option(name: [.customShort("m"), .customLong("message")], help: ArgumentHelp("An optional note.", valueName: "note")) var message: String?
        @Option(help: "Output format.") var format: OutputFormat = .text
        func run() throws { try StepCommand.take(global, id: id, transition: "approve", note: message, format: format) }
    }

    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "publish", abstract: "Publish an approved article (front matter draft: false). Not by its author.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The article id.") var id: String
        @Option(name: [.customShort("m"), .customLong("message")], help: ArgumentHelp("An optional note.", valueName: "note")) var message: String?
        @Option(help: "Output format.") var format: OutputFormat = .text
        func run() throws { try StepCommand.take(global, id: id, transition: "publish", note: message, format: format) }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reject", abstract: "Send an article back to its author, saying why.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The article id.") var id: String
        @Option(name: [.customShort("m"), .customLong("message")], help: ArgumentHelp("Why it goes back (required).", valueName: "note")) var message: String?
        @Option(help: "Output format.") var format: OutputFormat = .text
        func run() throws { try StepCommand.take(global, id: id, transition: "reject", note: message, format: format) }
    }

    struct Retract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retract",
            abstract: "Retract a published article, saying why. Its text is kept (draft: true), never deleted.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The article id.") var id: String
        @Option(name: [.customShort("m"), .customLong("message")], help: ArgumentHelp("Why it is retracted (required).", valueName: "note")) var message: String?
        @Option(help: "Output format.") var format: OutputFormat = .text
        func run() throws { try StepCommand.take(global, id: id, transition: "retract", note: message, format: format) }
    }

    struct Spike: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "spike", abstract: "Drop a draft for good, saying why. Its text is kept.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The article id.") var id: String
        @Option(name: [.customShort("m"), .customLong("message")], help: ArgumentHelp("Why it is dropped (required).", valueName: "note")) var message: String?
        @Option(help: "Output format.") var format: OutputFormat = .text
        func run() throws { try StepCommand.take(global, id: id, transition: "spike", note: message, format: format) }
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct",
            abstract: "Publish a correction: the only way to change a published article's text.",
            discussion: "The note is appended to the article's corrections: list, which a site can print under the article.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The article id.") var id: String
        @Option(name: [.customShort("m"), .customLong("message")], help: ArgumentHelp("What was corrected (required; shown to readers).", valueName: "note")) var message: String?
        @Option(help: ArgumentHelp("The corrected Markdown body (required; - for standard input).", valueName: "file")) var bodyFile: String?
        @Option(help: "Output format.") var format: OutputFormat = .text
        func run() throws {
            try StepCommand.take(global, id: id, transition: "correct", note: message, bodyFile: bodyFile, format: format)
        }
    }

    struct Transition: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "transition",
            abstract: "Take any transition of the workflow by name (for custom workflows).",
            discussion: "`galley workflow show` lists the transitions; `galley queue` shows the ones you may take now.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The article id.") var id: String
        @Argument(help: "The transition's name in workflow.yaml.") var name: String
        @Option(name: [.customShort("m"), .customLong("message")], help: ArgumentHelp("A note (required by some transitions).", valueName: "note")) var message: String?
        @Option(help: ArgumentHelp("New body, for transitions that carry text.", valueName: "file")) var bodyFile: String?
        @Option(help: "Output format.") var format: OutputFormat = .text
        func run() throws {
            try StepCommand.take(global, id: id, transition: name, note: message, bodyFile: bodyFile, format: format)
        }
    }
}
