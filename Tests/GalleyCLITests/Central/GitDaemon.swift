import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `git daemon --enable=receive-pack` on 127.0.0.1 and a free port, serving
/// `basePath`: a central repository reached over a receive-pack transport, where
/// hooks run. Stopped by `stop()` (idempotent) and in deinit, also when a test fails.
final class GitDaemon {
    let port: Int
    private let process: RunningProgram

    init(basePath: URL, environment: [String: String], log: URL) throws {
        port = try Loopback.freePort()
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        // The real git-daemon, not the `git daemon` wrapper: stopping the wrapper would leave the daemon behind.
        process = try RunningProgram(
            URL(fileURLWithPath: try Self.execPath(environment)).appendingPathComponent("git-daemon"),
            ["--enable=receive-pack", "--base-path=\(basePath.path)", "--export-all",
             "--reuseaddr", "--listen=127.0.0.1", "--port=\(port)", basePath.path],
            environment: environment, output: .log(log))
        try waitUntilListening()
    }

    deinit { stop() }

    func url(_ repository: String) -> String { "git://127.0.0.1:\(port)/\(repository)" }

    /// SIGTERM, then SIGKILL if it is still there after a second (git-daemon may keep serving on SIGTERM).
    func stop() {
        process.stop(grace: .seconds(1))
    }

    private static func execPath(_ environment: [String: String]) throws -> String {
        let result = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["git", "--exec-path"], in: URL(fileURLWithPath: "/"),
                                    environment: environment, scratch: FileManager.default.temporaryDirectory)
        guard result.status == 0 else { throw FixtureError("git --exec-path: \(result)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func waitUntilListening() throws {
        for _ in 0..<200 {
            guard process.isRunning else { throw FixtureError("git daemon exited at start (port \(port))") }
            if Loopback.accepts(port) { return }
            usleep(25_000)
        }
        stop()
        throw FixtureError("git daemon did not listen on \(port) within 5 s")
    }
}
