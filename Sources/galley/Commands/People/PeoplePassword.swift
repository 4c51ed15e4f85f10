import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.People {
    /// `people password ID --stdin`: the web desk's password, never a commit.
    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "password",
            abstract: Help.text("Set a person's password for the web desk (galley serve)."),
            discussion: Help.text("""
                Reads the password from standard input (its first line). An admin sets anyone's \
                (an initial one); anyone may change their own. The hash (scrypt, a salt per password) \
                is kept in the git dir, in galley/passwords (mode 0600): never in people.yaml, never \
                in a commit, so clones and pushes never carry it.

                --desk-key also makes the person a desk key: an ed25519 key pair whose public \
                half is added to people.yaml (a people commit) and whose private half is sealed \
                with the password in galley/desk-keys, so the web desk signs their steps with a \
                key of their own. In a newsroom with signing: required an admin gets one made \
                without asking (a desk step there must be signed); a person who already has \
                one and whose password an admin resets gets a new one (the old one cannot be \
                opened), the old key revoked but still listed so what it signed still verifies.

                Example: printf '%s\\n' 'mật khẩu dài' | galley --as quantri people password thanhphu --stdin
                """))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The person's id.")) var id: String
        @Flag(help: Help.argument("Read the password from standard input (required: it never goes on the command line).")) var stdin = false
        @Flag(help: Help.argument("Also make and register the person's desk key, sealed with this password (automatic with signing: required)."))
        var deskKey = false

        func validate() throws {
            if !stdin { throw ValidationError(Help.usage(.passwordNeedsStdin)) }
        }

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let text = try TextInput.decode(FileHandle.standardInput.readDataToEndOfFile(), what: "standard input")
                let password = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                let newsroom = try global.open()
                let typed = password.hasSuffix("\r") ? String(password.dropLast()) : password
                let key = try newsroom.setPassword(id: id, password: typed, actorID: global.actorID, deskKey: deskKey)
                Terminal.print(Catalog.render(.desk(.passwordSet(person: id)), in: Terminal.language))
                if let key { Terminal.print(Catalog.render(.deskKey(key), in: Terminal.language)) }
            }
        }
    }
}
