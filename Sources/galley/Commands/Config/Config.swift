import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: Help.text("Read or change newsroom settings in galley.yaml (changes: admins only)."),
            subcommands: [Get.self, Set.self])
    }
}
