import ArgumentParser
import Foundation
import Galley

extension GalleyCommand.Config {
    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: Help.text("Print a setting (name, language, timezone, branch, …)."))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The setting's key.")) var key: String
        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                guard let value = try global.open().snapshot().config.value(of: key) else {
                    throw GalleyError(.notFound, .lookup(.noSetting(key: key)))
                }
                Terminal.print(value)
            }
        }
    }
}
