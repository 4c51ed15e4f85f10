import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.People {
    struct Key: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "key",
            abstract: Help.text("Add or revoke a person's SSH signing key (admins only)."),
            discussion: Help.text("""
                Keys are ed25519 public keys (ssh-keygen -t ed25519). A revoked key stays listed with the \
                time it stopped being valid, so steps signed while it was active still verify.
                """),
            subcommands: [AddKey.self, Revoke.self])
    }
}
