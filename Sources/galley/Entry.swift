/// The contract puts global options before the command
/// (`galley [--repo PATH] [--as PERSON] COMMAND …`), while swift-argument-parser
/// reads options at the level that declares them. The entry point moves the
/// leading global options behind the command words, where every command's
/// `GlobalOptions` group reads them.
@main
enum Entry {
    static func main() {
        GalleyCommand.main(hoistingGlobalOptions(Array(CommandLine.arguments.dropFirst())))
    }

    static let globalOptions: Set<String> = ["--repo", "--as"]

    static func hoistingGlobalOptions(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if globalOptions.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if let equals = argument.firstIndex(of: "="), globalOptions.contains(String(argument[..<equals])) {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        guard !leading.isEmpty else { return arguments }
        var rest = Array(arguments[index...])
        let insertAt = rest.firstIndex(of: "--") ?? rest.count
        rest.insert(contentsOf: leading, at: insertAt)
        return rest
    }
}
