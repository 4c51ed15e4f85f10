import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.People {
    struct Key: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "key",
            abstract: Help.text("Add or revoke a person's SSH signing key (admins only)."),
            discussion: """
                Keys are ed25519 public keys (ssh-keygen -t ed25519). A revoked key stays listed with the \
                time it stopped being valid, so steps signed while it was active still verify.
                """,
            subcommands: [AddKey.self, Revoke.self])

        struct AddKey: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add", abstract: Help.text("Add a public key (FILE.pub) to a person."),
                discussion: "Example: galley --as quantri people key add thanhphu ~/phu_ed25519.pub")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The person's id.") var id: String
            @Argument(help: "Their public key file (.pub).") var file: String
            @Option(help: "Output format.") var format: OutputFormat = .text

            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    let key = try PublicKeyFile.read(file)
                    let newsroom = try global.open()
                    let step = try newsroom.addKey(key, to: id, actorID: global.actorID)
                    Terminal.notices(newsroom)
                    StepOutput.print(step, format: format, text: Catalog.render(.keyAdded(person: id, fingerprint: key.fingerprint), in: Terminal.language))
                }
            }
        }

        struct Revoke: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "revoke",
                abstract: Help.text("Revoke a key by its fingerprint (SHA256:…, as ssh-keygen -lf prints it)."))
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The person's id.") var id: String
            @Argument(help: "The key's fingerprint, SHA256:….") var fingerprint: String
            @Option(help: "Output format.") var format: OutputFormat = .text

            func run() throws {
                try Terminal.run { () throws(GalleyError) in
                    let newsroom = try global.open()
                    let step = try newsroom.revokeKey(fingerprint: fingerprint, of: id, actorID: global.actorID)
                    Terminal.notices(newsroom)
                    StepOutput.print(step, format: format, text: Catalog.render(.keyRevoked(person: id, fingerprint: fingerprint), in: Terminal.language))
                }
            }
        }
    }

    struct AllowedSigners: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "allowed-signers",
            abstract: Help.text("Print git's allowed-signers file for people.yaml's keys."),
            discussion: """
                For auditing with stock git:
                  galley people allowed-signers > signers
                  git -c gpg.ssh.allowedSignersFile=signers log --show-signature
                git judges a revoked key by the commit's own date; galley verify judges it by the \
                people.yaml in force before the commit.
                """)
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let text = try global.open().snapshot().people.allowedSigners()
                Terminal.document(text)
            }
        }
    }
}

/// Reads an SSH public key file given on the command line (`-`: standard input).
enum PublicKeyFile {
    static func read(_ path: String) throws(GalleyError) -> SSHPublicKey {
        guard path == "-" else { return try SSHPublicKey.read(file: path) }
        return try SSHPublicKey.parse(fileText: try Terminal.readText(path, what: "public key file"), path: path)
    }
}
