import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Clone: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "clone",
            abstract: Help.text("Copy a central newsroom repository to work on it here, offline too; `galley sync` exchanges steps."),
            discussion: """
                URL: a path, file://, git://, ssh:// or http(s)://. The copy is bare (no files on disk, \
                which editors need not have) unless --work-tree. Over http(s) the password comes from \
                git's credential helpers (git config --global credential.helper …), asked once as git \
                asks; the server's certificate must be signed by a CA of the system's store, or of the \
                file GIT_SSL_CAINFO or git's http.sslCAInfo names.

                Examples:
                  galley clone https://hangoc@git.toasoan.vn/git/toa-soan.git
                  galley clone ssh://git@git.toasoan.vn/srv/git/toa-soan.git --work-tree
                """)
        @Argument(help: "The central repository.") var url: String
        @Argument(help: "Where to put the copy (default: named after the URL).") var path: String?
        @Flag(help: "Check the articles out as files (reporters editing in their own editor).") var workTree = false

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

    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: Help.text("Exchange steps with the central repository: fetch, replay your steps on its tip, send them."),
            discussion: """
                Each of your steps is judged again against the central state. A step that is no longer \
                allowed (someone else approved first, the article was sent back meanwhile) is not lost: it \
                is kept aside and sync exits 5; `galley conflicts` shows what to do.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "Output format.") var format: OutputFormat = .text

        func run() throws {
            var keptConflicts = false
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let report = try newsroom.sync()
                Terminal.notices(newsroom)
                keptConflicts = !report.conflicts.isEmpty
                switch format {
                case .json: Terminal.print(json: SyncOutput.json(report))
                case .text: Terminal.print(SyncOutput.text(report))
                }
                for line in SyncOutput.conflictAdvice(report) { Terminal.note(line) }
            }
            if keptConflicts { throw ExitCode(ExitStatus.conflictsKept.rawValue) }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: Help.text("How this copy stands against the central repository (as of the last sync; works offline)."))
        @OptionGroup var global: GlobalOptions
        @Option(help: "Output format.") var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let status = try global.open().syncStatus()
                switch format {
                case .json: Terminal.print(json: SyncOutput.json(status))
                case .text: Terminal.print(SyncOutput.text(status))
                }
            }
        }
    }

    struct Conflicts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts",
            abstract: Help.text("Your steps that sync could not apply, kept aside: list, show, resolve or drop them."),
            subcommands: [ListConflicts.self, ShowConflict.self, ResolveConflict.self, DropConflict.self],
            defaultSubcommand: ListConflicts.self)

        struct ListConflicts: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text("List kept steps."))
            @OptionGroup var global: GlobalOptions
            @Option(help: "Output format.") var format: OutputFormat = .text

            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    let conflicts = try global.open().keptConflicts()
                    switch format {
                    case .json: Terminal.print(json: JSONValue.array(conflicts.map(SyncOutput.json)))
                    case .text:
                        guard !conflicts.isEmpty else { return Terminal.print(Catalog.render(Label.noKeptSteps, in: Terminal.language)) }
                        Terminal.print(Terminal.table(
                            ["ARTICLE", "N", "BY", "STEP", "KEPT AS"],
                            conflicts.map { [$0.article, String($0.number), $0.actor ?? "-", $0.subject, $0.reference] }))
                    }
                }
            }
        }

        struct ShowConflict: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "show", abstract: Help.text("The article now, with your kept text merged in (both versions marked where they overlap)."))
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The article id.") var id: String
            @Argument(help: "Which kept step (default: the oldest).") var number: Int?

            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    let newsroom = try global.open()
                    let merged = try newsroom.conflictText(try newsroom.keptConflict(id, number: number))
                    Terminal.document(merged.text)
                }
            }
        }

        struct ResolveConflict: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "resolve",
                abstract: Help.text("Apply a kept step again as a new step: its text merged into the current one (or --body-file), or the same transition if still allowed."))
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The article id.") var id: String
            @Argument(help: "Which kept step (default: the oldest).") var number: Int?
            @Option(help: "The body to save instead of the automatic merge (after editing `conflicts show`).") var bodyFile: String?

            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    let newsroom = try global.open()
                    let body = try bodyFile.map { (path) throws(GalleyError) in try Terminal.readText(path, what: "body file") }
                    let conflict = try newsroom.keptConflict(id, number: number)
                    let step = try newsroom.resolveConflict(conflict, body: body, actorID: global.actorID)
                    Terminal.notices(newsroom)
                    if let step {
                        let recorded = SyncMessage.conflictRecorded(
                            article: id, step: step.event.transition ?? "step", commit: String(step.event.commit.prefix(7)),
                            reference: conflict.reference)
                        Terminal.print(Catalog.render(.sync(recorded), in: Terminal.language))
                    } else {
                        Terminal.print(Catalog.render(.sync(.conflictNothingToApply(article: id, reference: conflict.reference)), in: Terminal.language))
                    }
                }
            }
        }

        struct DropConflict: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "drop", abstract: Help.text("Forget a kept step (its commit stays readable in git until garbage collection)."))
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The article id.") var id: String
            @Argument(help: "Which kept step (default: the oldest).") var number: Int?

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
}
