import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.People {
    struct AllowedSigners: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "allowed-signers",
            abstract: Help.text("Print git's allowed-signers file for people.yaml's keys."),
            discussion: Help.discussion(.peopleAllowedSigners))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let text = try global.open().snapshot().people.allowedSigners()
                Terminal.document(text)
            }
        }
    }
}
