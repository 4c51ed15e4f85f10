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
