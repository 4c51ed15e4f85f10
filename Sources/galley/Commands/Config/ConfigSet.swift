import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.Config {
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: Help.text("Change a setting: one config commit by an admin."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The setting's key.")) var key: String
        @Argument(help: Help.argument("The new value.")) var value: String
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text
        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let step = try newsroom.setConfig(key: key, value: value, actorID: global.actorID)
                StepOutput.print(step, format: format, text: "\(key) = \(value)")
            }
        }
    }
}
