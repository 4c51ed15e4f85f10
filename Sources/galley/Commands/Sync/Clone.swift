import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Clone: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "clone",
            abstract: Help.text("Copy a central newsroom repository to work on it here, offline too; `galley sync` exchanges steps."),
            discussion: Help.discussion(.clone))
        @Argument(help: Help.argument("The central repository.")) var url: String
        @Argument(help: Help.argument("Where to put the copy (default: named after the URL).")) var path: String?
        @Flag(help: Help.argument("Check the articles out as files (reporters editing in their own editor).")) var workTree = false

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let target = path ?? Newsroom.cloneFolder(for: url, workTree: workTree)
                let newsroom = try Newsroom.clone(url: url, to: target, workTree: workTree)
                let place = newsroom.workTree ?? newsroom.gitDirectory
                let cloned = SyncMessage.cloned(url: Newsroom.shownURL(url), place: place, branch: newsroom.branchName)
                Terminal.print(Catalog.render(.sync(cloned), in: Terminal.language))
            }
        }
    }
}
