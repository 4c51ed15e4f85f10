import ArgumentParser
import Galley

extension GalleyCommand.People {
    struct Sections: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sections",
            abstract: Help.text("Set the sections where a person's section-limited roles act (none: not limited)."),
            discussion: Help.discussion(.peopleSections))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The person's id.")) var id: String
        @Argument(help: Help.argument("Section keys or labels from galley.yaml.")) var sections: [String] = []
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let step = try newsroom.setSections(id: id, sections: sections, actorID: global.actorID)
                let keys = try newsroom.snapshot().people.person(id)?.sections ?? []
                StepOutput.print(step, format: format, text: Catalog.render(.assignment(.sectionsSet(person: id, sections: keys)), in: Terminal.language))
            }
        }
    }
}
