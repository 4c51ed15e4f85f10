import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.People {
    struct Key: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "key",
            abstract: Help.text("Add or revoke a person's SSH signing key (admins only)."),
            discussion: Help.discussion(.peopleKey),
            subcommands: [AddKey.self, Revoke.self])
    }
}
