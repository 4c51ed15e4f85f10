import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: Help.text("Create a new newsroom repository."),
            discussion: Help.discussion(.initialize))

        @Argument(help: Help.argument("Folder for the new repository (default: the current folder, which must be empty)."))
        var path: String = "."

        @Option(help: Help.argument("Id of the first admin (lowercase letters, digits, . _ -).", valueName: "id"))
        var admin: String

        @Option(help: Help.argument("The admin's full name.", valueName: "name"))
        var adminName: String

        @Option(help: Help.argument("The admin's email (used as the commit author).", valueName: "email"))
        var adminEmail: String?

        @Option(help: Help.argument("Built-in workflow name or path of a workflow .yaml file.", valueName: "name"))
        var workflow: String = "standard"

        @Option(help: Help.argument("The newsroom's name.", valueName: "name"))
        var name: String = "Tòa soạn"

        @Option(help: Help.argument("IANA time zone for article dates.", valueName: "zone"))
        var timezone: String = "Asia/Ho_Chi_Minh"

        @Option(help: Help.argument("The admin's SSH public key (ed25519): a signed newsroom (signing: required), signed from this first commit.",
            valueName: "file.pub"))
        var adminKey: String?

        @Flag(help: Help.argument("Make a bare repository (no work tree), e.g. for a central repository or an editor's machine."))
        var bare = false

        @Option(help: Help.argument("Output format."))
        var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let setup = NewsroomSetup(
                    path: path, bare: bare, adminID: admin, adminName: adminName, adminEmail: adminEmail,
                    workflow: workflow, newsroomName: name, timeZone: timezone, adminKeyFile: adminKey)
                let (newsroom, step) = try Newsroom.initialize(setup)
                switch format {
                case .json: Terminal.print(json: ContractJSON.recorded(step))
                case .text:
                    let place = newsroom.workTree ?? newsroom.gitDirectory
                    Terminal.print(Catalog.render(.newsroomCreated(name: name, place: place, workflow: workflow, admin: admin), in: Terminal.language))
                    if let key = try newsroom.snapshot().people.person(admin)?.keys.first?.key {
                        Terminal.print(Catalog.render(.signing(.signedNewsroom(admin: admin, fingerprint: key.fingerprint)), in: Terminal.language))
                    }
                    Terminal.print(Catalog.render(.initNext(path: path, admin: admin), in: Terminal.language))
                }
            }
        }
    }
}
