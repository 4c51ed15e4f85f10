import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.People {
    /// `people password ID --stdin`: the web desk's password, never a commit.
    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "password",
            abstract: Help.text("Set a person's password for the web desk (galley serve)."),
            discussion: """
                Reads the password from standard input (its first line). An admin sets anyone's \
                (an initial one); anyone may change their own. The hash (scrypt, a salt per password) \
                is kept in the git dir, in galley/passwords (mode 0600): never in people.yaml, never \
                in a commit, so clones and pushes never carry it.

                Example: printf '%s\\n' 'mật khẩu dài' | galley --as quantri people password thanhphu --stdin
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The person's id.") var id: String
        @Flag(help: "Read the password from standard input (required: it never goes on the command line).") var stdin = false

        func validate() throws {
            if !stdin { throw ValidationError("give --stdin and the password on standard input (a password on the command line would be seen by others)") }
        }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let text = try TextInput.decode(FileHandle.standardInput.readDataToEndOfFile(), what: "standard input")
                let password = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                let newsroom = try global.open()
                try newsroom.setPassword(id: id, password: password.hasSuffix("\r") ? String(password.dropLast()) : password, actorID: global.actorID)
                Terminal.print(Catalog.render(.desk(.passwordSet(person: id)), in: Terminal.language))
            }
        }
    }
}
