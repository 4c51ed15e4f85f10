import ArgumentParser
import Galley

extension GalleyCommand {
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "people",
            abstract: Help.text("List and manage staff (changes: admins only)."),
            discussion: Help.discussion(.people),
            subcommands: [ListPeople.self, Add.self, Set.self, Login.self, Deactivate.self, Sections.self, Key.self, AllowedSigners.self, Password.self],
            defaultSubcommand: ListPeople.self)
    }
}
