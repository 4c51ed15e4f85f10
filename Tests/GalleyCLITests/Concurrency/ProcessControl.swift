import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A started process the crash harness can kill with SIGKILL at a moment of its choosing.
/// Output goes to files (no pipe can fill); `finish()` waits and reads them.
final class KillableProcess {
    private let process = Process()
    private let outURL: URL
    private let errURL: URL

    init(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String], scratch: URL) throws {
        let token = UUID().uuidString
        outURL = scratch.appendingPathComponent("kill-out-\(token)")
        errURL = scratch.appendingPathComponent("kill-err-\(token)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
    }

    /// Sends SIGKILL (the process may already have exited: then nothing happens).
    func kill() {
        _ = Glibc.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits; `killed` is true when the process died of a signal rather than exiting.
    func finish() throws -> (result: RunResult, killed: Bool) {
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let killed = process.terminationReason == .uncaughtSignal
        let result = RunResult(
            status: process.terminationStatus, stdoutData: try Data(contentsOf: outURL), stderrData: try Data(contentsOf: errURL))
        return (result, killed)
    }
}

extension Newsroom {
    /// `git fsck --strict` of the repository; dangling objects (a killed writer's) are allowed.
    func fsck() throws -> RunResult { try git(["fsck", "--strict", "--no-progress", "--no-dangling"]) }

    /// Runs a shell script with `$G` set to the galley binary, from the repository.
    func shell(_ script: String) throws -> RunningProgram {
        var env = environment
        env["G"] = galleyURL.path
        return try startProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: repo, environment: env, scratch: scratch)
    }

    /// Staff with `count` editors named bientap1…, plus the standard staff.
    static func staffWithEditors(_ count: Int) -> [StaffMember] {
        standardStaff + (1...count).map { StaffMember(id: "bientap\($0)", name: "Biên Tập \($0)", email: "bt\($0)@example.vn", roles: ["editor"]) }
    }
}
