import ArgumentParser
import Galley

extension GalleyCommand {
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct",
            abstract: Help.text("Publish a correction: the only way to change a published article's text."),
            discussion: Help.discussion(.correct))
        @OptionGroup var step: StepOptions
        @Option(help: Help.argument("The corrected body (required in a bare repository; else the work tree's index.md by default; - for standard input).", valueName: "file"))
        var bodyFile: String?
        @Option(help: Help.argument("The corrected headline.", valueName: "title")) var title: String?
        @Option(help: Help.argument("An attached photo this correction replaces (its name as `galley show` lists it).", valueName: "name"))
        var replacePhoto: String?
        @Option(help: Help.argument("The photo that replaces it.", valueName: "file")) var photo: String?
        @Option(help: Help.argument("The new photo's caption.", valueName: "text")) var caption: String?
        @Option(help: Help.argument("The new photo's credit.", valueName: "text")) var credit: String?
        @Option(help: Help.argument("The new photo's description for readers who cannot see it.", valueName: "text")) var alt: String?

        func validate() throws {
            if (replacePhoto == nil) != (photo == nil) { throw ValidationError(Help.usage(.photoOptionsGoTogether)) }
            if photo == nil, caption != nil || credit != nil || alt != nil {
                throw ValidationError(Help.usage(.photoDetailsNeedPhoto))
            }
        }

        func run() throws {
            let replacement = replacePhoto.map { PhotoReplacement(replacing: $0, path: photo ?? "", caption: caption, credit: credit, alt: alt) }
            try StepRunner.correct(step, bodyFile: bodyFile, title: title, photo: replacement)
        }
    }
}
