import ArgumentParser
import Galley

extension GalleyCommand.People {
    struct ListPeople: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text("List staff with their roles."))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let snapshot = try global.open().snapshot()
                let people = snapshot.people.people
                switch format {
                case .json:
                    Terminal.print(json: JSONValue.array(people.map {
                        .object([("id", .string($0.id)), ("name", .string($0.name)), ("email", .string($0.email)),
                                 ("roles", .array($0.roles.map(JSONValue.string))), ("active", .bool($0.active)),
                                 ("pen_name", .optional($0.penName)), ("sections", .array($0.sections.map(JSONValue.string)))])
                    }))
                case .text:
                    let language = Terminal.language
                    let word = { (label: Label) in Catalog.render(label, in: language) }
                    Terminal.printTable(
                        Terminal.words([.id, .name, .email, .roles, .active], in: language),
                        people.map { [$0.id, $0.name, $0.email, $0.roles.joined(separator: ","), word($0.active ? .yes : .no)] })
                }
            }
        }
    }
}
