import ArgumentParser
import Galley

/// What every workflow-step command takes: the article, a note, the output format.
struct StepOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @Argument(help: Help.argument("The article id.")) var id: String
    @Option(
        name: [.customShort("m"), .customLong("message")],
        help: Help.argument("A note for the record, saying why (required where the workflow asks for one).", valueName: "note"))
    var message: String?
    @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text
}
