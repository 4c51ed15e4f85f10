import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What one run of a program left behind.
public struct RunResult: CustomStringConvertible, Sendable {
    public var status: Int32
    public var stdoutData: Data
    public var stderrData: Data
    /// The program died of a signal (a kill, or the timeout) rather than exiting.
    public var killedBySignal: Bool
    /// The timeout ran out and the program was killed.
    public var timedOut: Bool

    public init(status: Int32, stdoutData: Data, stderrData: Data, killedBySignal: Bool = false, timedOut: Bool = false) {
        self.status = status
        self.stdoutData = stdoutData
        self.stderrData = stderrData
        self.killedBySignal = killedBySignal
        self.timedOut = timedOut
    }

    public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    public var stderr: String { String(decoding: stderrData, as: UTF8.self) }

    /// stderr split into its lines, without the final empty one.
    public var stderrLines: [String] { Self.lines(stderr) }
    /// stdout split into its lines, without the final empty one.
    public var stdoutLines: [String] { Self.lines(stdout) }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
            .reversed().drop(while: { $0.isEmpty }).reversed()
    }

    public var description: String {
        let how = timedOut ? "timed out" : killedBySignal ? "killed by signal \(status)" : "exit \(status)"
        return "\(how)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }
}

/// Where a started program's stdout and stderr go.
public enum ProgramOutput: Sendable {
    /// Into temporary files, read by `wait()` (files, so no pipe can fill and block the program).
    case captured
    /// Both appended to this log file (servers the test reads while they run); `wait()` returns them empty.
    case log(URL)
    /// Nowhere.
    case discarded
}

/// A started program: the one process runner of the test suites. `wait()` collects its result.
public final class RunningProgram: @unchecked Sendable {
    private let process = Process()
    private let outURL: URL?
    private let errURL: URL?
    private let handles: [FileHandle]

    /// Starts `executable` with `arguments`. `environment` nil inherits this process's; `directory`
    /// nil keeps the current one; `input` nil gives the program an empty standard input (/dev/null).
    public init(_ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
                input: Data? = nil, output: ProgramOutput = .captured, scratch: URL = FileManager.default.temporaryDirectory) throws {
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        var handles: [FileHandle] = []
        switch output {
        case .captured:
            let token = UUID().uuidString
            let out = scratch.appendingPathComponent("out-\(token)")
            let err = scratch.appendingPathComponent("err-\(token)")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            let outHandle = try FileHandle(forWritingTo: out)
            let errHandle = try FileHandle(forWritingTo: err)
            handles = [outHandle, errHandle]
            process.standardOutput = outHandle
            process.standardError = errHandle
            outURL = out
            errURL = err
        case .log(let file):
            if !FileManager.default.fileExists(atPath: file.path) { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
            let handle = try FileHandle(forWritingTo: file)
            handle.seekToEndOfFile()
            handles = [handle]
            process.standardOutput = handle
            process.standardError = handle
            outURL = nil
            errURL = nil
        case .discarded:
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            outURL = nil
            errURL = nil
        }
        self.handles = handles
        let stdin = input.map { _ in Pipe() }
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        if let stdin, let input {
            // A program that exits without reading its input must not kill the test with SIGPIPE.
            signal(SIGPIPE, SIG_IGN)
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
    }

    public var processIdentifier: Int32 { process.processIdentifier }
    public var isRunning: Bool { process.isRunning }

    /// Sends `signal` (the program may already have exited: then nothing happens).
    public func send(_ signal: Int32) {
        guard process.isRunning else { return }
        _ = kill(process.processIdentifier, signal)
    }

    /// SIGTERM, then SIGKILL if it is still there after `grace`; waits for it to end.
    public func stop(grace: Duration = .seconds(1)) {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = ContinuousClock.now.advanced(by: grace)
        while process.isRunning && ContinuousClock.now < deadline { usleep(25_000) }
        if process.isRunning { _ = kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Waits for the program (killing it with SIGKILL once `timeout` has passed) and collects its output.
    public func wait(timeout: Duration? = nil) throws -> RunResult {
        var timedOut = false
        if let timeout {
            let deadline = ContinuousClock.now.advanced(by: timeout)
            while process.isRunning && ContinuousClock.now < deadline { usleep(5_000) }
            if process.isRunning {
                timedOut = true
                _ = kill(process.processIdentifier, SIGKILL)
            }
        }
        process.waitUntilExit()
        for handle in handles { try? handle.close() }
        defer {
            for url in [outURL, errURL].compactMap({ $0 }) { try? FileManager.default.removeItem(at: url) }
        }
        return RunResult(
            status: process.terminationStatus,
            stdoutData: try outURL.map { try Data(contentsOf: $0) } ?? Data(),
            stderrData: try errURL.map { try Data(contentsOf: $0) } ?? Data(),
            killedBySignal: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut)
    }
}

/// Runs a program to completion (see `RunningProgram.init` for the parameters).
public func runProgram(_ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
                       input: Data? = nil, timeout: Duration? = nil,
                       scratch: URL = FileManager.default.temporaryDirectory) throws -> RunResult {
    try RunningProgram(executable, arguments, in: directory, environment: environment, input: input, scratch: scratch)
        .wait(timeout: timeout)
}

/// `runProgram` of a program found on `PATH` (through /usr/bin/env).
public func runTool(_ name: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
                    input: Data? = nil, timeout: Duration? = nil) throws -> RunResult {
    try runProgram(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, in: directory, environment: environment,
                   input: input, timeout: timeout)
}
