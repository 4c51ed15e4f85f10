import ArgumentParser
import Foundation
import Galley
import GalleyDesk
import Synchronization

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

        /// The entry point runs commands synchronously: the server runs in a task while this
        /// thread waits for it to stop.
        func run() throws {
            guard let (host, port) = DeskConfiguration.listenAddress(listen) else { throw ExitCode.validationFailure }
            let configuration = DeskConfiguration(
                repository: global.repo, currentDirectory: FileManager.default.currentDirectoryPath, host: host, port: port,
                secureCookies: secureCookies, trustProxy: trustProxy, language: global.language, proxyUserHeader: proxyUserHeader,
                proxyAddresses: proxyAddress)
            let language = Terminal.language
            let failure = Mutex<(any Error)?>(nil)
            let stopped = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await DeskServer.run(configuration) { url, newsroom in
                        Terminal.print(Catalog.render(.desk(.serving(url: url, newsroom: newsroom)), in: language))
                    }
                } catch {
                    failure.withLock { $0 = error }
                }
                stopped.signal()
            }
            stopped.wait()
            guard let error = failure.withLock({ $0 }) else { return }
            if let error = error as? GalleyError {
                Terminal.note(error.text(in: language))
                throw ExitCode(error.exitCode)
            }
            Terminal.note("serve: \(error)")
            throw ExitCode.failure
        }
    }
}
