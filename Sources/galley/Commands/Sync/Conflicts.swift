import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Conflicts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts",
            abstract: Help.text("Your steps that sync could not apply, kept aside: list, show, resolve or drop them."),
            subcommands: [ListConflicts.self, ShowConflict.self, ResolveConflict.self, DropConflict.self],
            defaultSubcommand: ListConflicts.self)
    }
}
