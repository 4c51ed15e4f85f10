import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.Conflicts {
    struct ShowConflict: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: Help.text("The article now, with your kept text merged in (both versions marked where they overlap)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The article id.")) var id: String
        @Argument(help: Help.argument("Which kept step (default: the oldest).")) var number: Int?

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let merged = try newsroom.conflictText(try newsroom.keptConflict(id, number: number))
                Terminal.document(merged.text)
            }
        }
    }
}
