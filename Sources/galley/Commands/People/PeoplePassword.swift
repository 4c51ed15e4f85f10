import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.People {
    /// `people password ID --stdin`: the web desk's password, never a commit.
    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "password",
            abstract: Help.text("Set a person's password for the web desk (galley serve)."),
            discussion: Help.discussion(.peoplePassword))
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
