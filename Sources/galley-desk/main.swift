import Foundation
import Galley
import GalleyDesk
import Synchronization

// The web desk, as `galley serve` starts it (by execv, with the options it checked: `DeskLaunch`).
// A program of its own so that the command line does not carry the web server's libraries.

/// One line, written at once (a test or a service manager reads the address as it comes).
func say(_ text: String, to handle: FileHandle) {
    handle.write(Data((TerminalText.clean(text) + "\n").utf8))
}

guard let launch = DeskLaunch(arguments: Array(CommandLine.arguments.dropFirst())) else {
    let language = Language.resolve(flag: nil, environment: ProcessInfo.processInfo.environment, configured: nil)
    say(Catalog.render(.desk(.deskStartedByHand), in: language), to: .standardError)
    exit(2)
}
let language = launch.terminalLanguage
let failure = Mutex<(any Error)?>(nil)
let stopped = DispatchSemaphore(value: 0)
// Detached: top-level code runs on the main actor, which waits below for the server to stop.
Task.detached {
    do {
        try await DeskServer.run(launch.configuration) { url, newsroom in
            say(Catalog.render(.desk(.serving(url: url, newsroom: newsroom)), in: language), to: .standardOutput)
        }
    } catch {
        failure.withLock { $0 = error }
    }
    stopped.signal()
}
stopped.wait()
if let error = failure.withLock({ $0 }) {
    // Said as `galley serve` said it: the person typed that.
    if let error = error as? GalleyError {
        say("galley: " + error.text(in: language), to: .standardError)
        exit(error.exitCode)
    }
    say("galley: serve: \(error)", to: .standardError)
    exit(1)
}
