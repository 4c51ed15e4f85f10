import ArgumentParser
import Galley

extension GalleyCommand {
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "people",
            abstract: Help.text("List and manage staff (changes: admins only)."),
            discussion: Help.text("""
                people.yaml lists everyone who may act in this newsroom with their roles. Each change \
                is a commit by an admin, judged by the people file in force before it. A deactivated \
                person stays listed so the history still names them.
                """),
            subcommands: [ListPeople.self, Add.self, Set.self, Login.self, Deactivate.self, Sections.self, Key.self, AllowedSigners.self, Password.self],
            defaultSubcommand: ListPeople.self)
    }
}
