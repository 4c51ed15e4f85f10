import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.Conflicts {
    struct DropConflict: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "drop", abstract: Help.text("Forget a kept step (its commit stays readable in git until garbage collection)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The article id.")) var id: String
        @Argument(help: Help.argument("Which kept step (default: the oldest).")) var number: Int?

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let conflict = try newsroom.keptConflict(id, number: number)
                try newsroom.dropConflict(conflict)
                let dropped = SyncMessage.conflictDropped(reference: conflict.reference, subject: conflict.subject, commit: conflict.commit.short)
                Terminal.print(Catalog.render(.sync(dropped), in: Terminal.language))
            }
        }
    }
}
