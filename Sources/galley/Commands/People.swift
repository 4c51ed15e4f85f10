import ArgumentParser
import Galley

extension GalleyCommand {
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "people",
            abstract: Help.text("List and manage staff (changes: admins only)."),
            discussion: """
                people.yaml lists everyone who may act in this newsroom with their roles. Each change \
                is a commit by an admin, judged by the people file in force before it. A deactivated \
                person stays listed so the history still names them.
                """,
            subcommands: [ListPeople.self, Add.self, Set.self, Login.self, Deactivate.self, Sections.self, Key.self, AllowedSigners.self, Password.self],
            defaultSubcommand: ListPeople.self)

        struct ListPeople: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Help.text("List staff with their roles."))
            @OptionGroup var global: GlobalOptions
            @Option(help: "Output format.") var format: OutputFormat = .text

            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    let snapshot = try global.open().snapshot()
                    let people = snapshot.people.people
                    switch format {
                    case .json:
                        Terminal.print(json: JSONValue.array(people.map {
                            .object([("id", .string($0.id)), ("name", .string($0.name)), ("email", .string($0.email)),
                                     ("roles", .array($0.roles.map(JSONValue.string))), ("active", .bool($0.active)),
                                     ("pen_name", .optional($0.penName)), ("sections", .array($0.sections.map(JSONValue.string)))])
                        }))
                    case .text:
                        let language = Terminal.language
                        let word = { (label: Label) in Catalog.render(label, in: language) }
                        Terminal.print(Terminal.table(
                            Terminal.words([.id, .name, .email, .roles, .active], in: language),
                            people.map { [$0.id, $0.name, $0.email, $0.roles.joined(separator: ","), word($0.active ? .yes : .no)] }))
                    }
                }
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: Help.text("Add a person."),
                discussion: "Example: galley --as quantri people add thanhphu --name \"Thanh Phú\" --email phu@example.vn --role reporter")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "Their id: lowercase letters, digits, . _ -") var id: String
            @Option(help: "Full name, as bylines and commits show it.") var name: String
            @Option(help: "Email (commit author; git's user.email finds them).") var email: String
            @Option(name: .customLong("role"), help: "A role from the workflow (repeat for several).") var roles: [String] = []
            @Option(name: .customLong("key"), help: "An SSH public key file (.pub) they sign with (repeat for several).") var keys: [String] = []
            @Option(help: ArgumentHelp("The user name the central git server authenticates them by, when it is not their id.", valueName: "name"))
            var login: String?
            @Option(help: ArgumentHelp("Their bút danh, the byline their articles carry by default.", valueName: "name")) var penName: String?
            @Option(help: "Output format.") var format: OutputFormat = .text

            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    var publicKeys: [SSHPublicKey] = []
                    for file in keys { publicKeys.append(try PublicKeyFile.read(file)) }
                    let newsroom = try global.open()
                    let step = try newsroom.addPerson(
                        id: id, name: name, email: email, roles: roles, keys: publicKeys, login: login, penName: penName, actorID: global.actorID)
                    Terminal.notices(newsroom)
                    StepOutput.print(step, format: format, text: Catalog.render(.personAdded(person: id, roles: roles), in: Terminal.language))
                }
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "set", abstract: Help.text("Replace a person's roles (and reactivate them)."))
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The person's id.") var id: String
            @Option(name: .customLong("role"), help: "A role from the workflow (repeat for several).") var roles: [String] = []
            @Option(help: "Output format.") var format: OutputFormat = .text

            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    let newsroom = try global.open()
                    let step = try newsroom.setRoles(id: id, roles: roles, actorID: global.actorID)
                    Terminal.notices(newsroom)
                    StepOutput.print(step, format: format, text: Catalog.render(.rolesSet(person: id, roles: roles), in: Terminal.language))
                }
            }
        }

        struct Login: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "login",
                abstract: Help.text("Set the user name the central git server knows a person by."),
                discussion: """
                    A server that authenticates pushes (a web server's basic authentication, gitolite, \
                    Gitea, GitLab, galley ssh-entry) names the pusher; the pre-receive hook then requires \
                    every unsigned step in the push to be that person's. By default a person's login is \
                    their id; give another when the server's accounts are named differently.

                    Example: galley --as quantri people login hangoc ngoc.ha
                    """)
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The person's id.") var id: String
            @Argument(help: "Their login on the git server (omit with --clear).") var login: String?
            @Flag(help: "Go back to the person's id as their login.") var clear = false
            @Option(help: "Output format.") var format: OutputFormat = .text

            func validate() throws {
                if clear == (login != nil) { throw ValidationError("give a login, or --clear (not both)") }
            }

            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    let newsroom = try global.open()
                    let step = try newsroom.setLogin(id: id, login: clear ? nil : login, actorID: global.actorID)
                    Terminal.notices(newsroom)
                    let shown = clear ? id : login ?? id
                    StepOutput.print(step, format: format, text: Catalog.render(.loginSet(person: id, login: shown), in: Terminal.language))
                }
            }
        }

        struct Deactivate: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "deactivate", abstract: Help.text("Deactivate a person: they stay listed but may take no step."))
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The person's id.") var id: String
            @Option(help: "Output format.") var format: OutputFormat = .text

            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    let newsroom = try global.open()
                    let step = try newsroom.deactivate(id: id, actorID: global.actorID)
                    Terminal.notices(newsroom)
                    StepOutput.print(step, format: format, text: Catalog.render(.personDeactivated(person: id), in: Terminal.language))
                }
            }
        }
    }
}

/// How write commands report what they recorded.
enum StepOutput {
    static func print(_ step: RecordedStep, format: OutputFormat, text: String, id: String? = nil) {
        switch format {
        case .json: Terminal.print(json: ContractJSON.recorded(step, id: id))
        case .text: Terminal.print("\(text) [\(String(step.event.commit.prefix(7)))]")
        }
    }
}
