import ArgumentParser
import Galley

/// The article fields `new`, `save` and `edit` take besides title and body (issue 12).
struct ContentFieldOptions: ParsableArguments {
    @Option(help: Help.argument("The sapo: the lead paragraph under the headline, one line (\"\" removes it).")) var summary: String?
    @Option(help: Help.argument("The source as printed, e.g. \"Theo TTXVN\" (\"\" removes it).")) var source: String?
    @Option(name: .customLong("source-url"), help: Help.argument("The source's link, an http(s) address (\"\" removes it).", valueName: "url")) var sourceURL: String?

    var edits: ContentEdits { ContentEdits(summary: summary, source: source, sourceURL: sourceURL) }
}
