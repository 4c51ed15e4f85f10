import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.People {
    struct AllowedSigners: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "allowed-signers",
            abstract: Help.text("Print git's allowed-signers file for people.yaml's keys."),
            discussion: Help.text("""
                For auditing with stock git:
                  galley people allowed-signers > signers
                  git -c gpg.ssh.allowedSignersFile=signers log --show-signature
                git judges a revoked key by the commit's own date; galley verify judges it by the \
                people.yaml in force before the commit.
                """))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let text = try global.open().snapshot().people.allowedSigners()
                Terminal.document(text)
            }
        }
    }
}
