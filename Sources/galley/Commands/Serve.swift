import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    /// `galley serve`: the web desk, as thin as the other commands (GalleyDesk does the work).
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: Help.text("Run the web desk for this newsroom (sign in, queue, articles, steps)."),
            discussion: Help.discussion(.serve))
        @OptionGroup var global: GlobalOptions
        @Option(help: Help.argument("Address and port to listen on (port 0: any free one).", valueName: "addr:port"))
        var listen = "127.0.0.1:8080"
        @Flag(help: Help.argument("Mark cookies Secure (the desk is reached over https).")) var secureCookies = false
        @Flag(help: Help.argument("Believe X-Forwarded-Proto and X-Forwarded-For (only behind a proxy that sets them).")) var trustProxy = false
        @Option(help: Help.argument("Sign in the person whose people.yaml login this header names, without a password, on requests from a --proxy-address.", valueName: "name"))
        var proxyUserHeader: String?
        @Option(help: Help.argument("A proxy's IP address whose headers are believed (repeat for several); with it, --trust-proxy believes only these.", valueName: "addr"))
        var proxyAddress: [String] = []

        func validate() throws {
            if proxyUserHeader != nil && proxyAddress.isEmpty {
                throw ValidationError(Help.usage(.proxyHeaderNeedsAddress))
            }
            if let header = proxyUserHeader, header.isEmpty || !header.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                throw ValidationError(Help.usage(.badProxyHeader(given: header)))
            }
            for address in proxyAddress where !DeskConfiguration.isIPAddress(address) {
                throw ValidationError(Help.usage(.badProxyAddress(given: address)))
            }
            if DeskConfiguration.listenAddress(listen) == nil {
                throw ValidationError(Help.usage(.badListenAddress(given: listen)))
            }
        }

        /// Checks the options here, then becomes the `galley-desk` program beside this one (see
        /// `DeskLaunch`): same process, same terminal, so a service manager or a test that
        /// started `galley serve` stops the desk itself.
        func run() throws {
            guard let (host, port) = DeskConfiguration.listenAddress(listen) else { throw ExitCode.validationFailure }
            let configuration = DeskConfiguration(
                repository: global.repo, currentDirectory: FileManager.default.currentDirectoryPath, host: host, port: port,
                secureCookies: secureCookies, trustProxy: trustProxy, language: global.language, proxyUserHeader: proxyUserHeader,
                proxyAddresses: proxyAddress)
            let language = Terminal.language
            let program = DeskLaunch.programBeside(executable: "/proc/self/exe")
            guard FileManager.default.isExecutableFile(atPath: program) else {
                Terminal.note(Catalog.render(.desk(.deskProgramMissing(path: program)), in: language))
                throw ExitCode.failure
            }
            let arguments = [program] + DeskLaunch(configuration: configuration, terminalLanguage: language).arguments()
            fflush(nil)
            var pointers = arguments.map { strdup($0) }
            pointers.append(nil)
            execv(program, pointers)
            // Only reached when execv failed.
            let reason = String(cString: strerror(errno))
            for pointer in pointers { free(pointer) }
            Terminal.note(Catalog.render(.desk(.deskProgramFailed(path: program, reason: reason)), in: language))
            throw ExitCode.failure
        }
    }
}
