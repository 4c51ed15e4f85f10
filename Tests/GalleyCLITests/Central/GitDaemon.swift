import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `git daemon --enable=receive-pack` on 127.0.0.1 and a free port, serving
/// `basePath`: a central repository reached over a receive-pack transport, where
/// hooks run. Stopped by `stop()` (idempotent) and in deinit, also when a test fails.
final class GitDaemon {
    let port: Int
    private let process: Process

    init(basePath: URL, environment: [String: String], log: URL) throws {
        port = try Self.freePort()
        process = Process()
        // The real git-daemon, not the `git daemon` wrapper: stopping the wrapper would leave the daemon behind.
        process.executableURL = URL(fileURLWithPath: try Self.execPath(environment)).appendingPathComponent("git-daemon")
        process.arguments = ["--enable=receive-pack", "--base-path=\(basePath.path)", "--export-all",
                             "--reuseaddr", "--listen=127.0.0.1", "--port=\(port)", basePath.path]
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try waitUntilListening()
    }

    deinit { stop() }

    func url(_ repository: String) -> String { "git://127.0.0.1:\(port)/\(repository)" }

    /// SIGTERM, then SIGKILL if it is still there after a second (git-daemon may keep serving on SIGTERM).
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<40 where process.isRunning { usleep(25_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
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
            if Self.accepts(port) { return }
            usleep(25_000)
        }
        stop()
        throw FixtureError("git daemon did not listen on \(port) within 5 s")
    }

    private static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = loopback(port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    /// Binds port 0 and reads back what the kernel chose (then frees it for the daemon).
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw FixtureError("socket failed") }
        defer { close(fd) }
        var address = loopback(0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw FixtureError("bind failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw FixtureError("getsockname failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func loopback(_ port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }
}
