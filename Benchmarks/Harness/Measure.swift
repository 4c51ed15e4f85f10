import Foundation

/// Runs a command as a child process and reports its wall time and peak
/// resident memory (from wait4's rusage), so every figure of the table comes
/// from the same kind of measurement for Galley and for git.
struct Measurement {
    var seconds: Double
    var peakKB: Int
    var status: Int32
    var output: String
}

enum Measure {
    /// `discardOutput` sends stdout to /dev/null (for commands whose output is large and unused, like `git log --raw`).
    ///
    /// `exactPeak`: the peak comes from `/usr/bin/time -f %M` around the command instead of wait4's rusage.
    /// glibc's posix_spawn runs the child in this process's memory until exec (CLONE_VM), and Linux carries
    /// that memory's high-water mark into the child's ru_maxrss, so wait4 reports at least the harness's own
    /// peak; `time` forks from its own small process, so its figure is the command's alone. It costs about
    /// a millisecond of wall time (one more fork), so it is opt-in; without /usr/bin/time it falls back to rusage.
    static func run(
        _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:], stdin: String? = nil,
        discardOutput: Bool = false, exactPeak: Bool = false
    ) -> Measurement {
        let outputPath = NSTemporaryDirectory() + "galley-bench-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, discardOutput ? "/dev/null" : outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var inputPath: String?
        if let stdin {
            let path = outputPath + ".in"
            _ = FileManager.default.createFile(atPath: path, contents: Data(stdin.utf8))
            posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
            inputPath = path
        }
        defer { if let inputPath { try? FileManager.default.removeItem(atPath: inputPath) } }
        let peakPath = outputPath + ".peak"
        let timeTool = "/usr/bin/time"
        let timesPeak = exactPeak && FileManager.default.isExecutableFile(atPath: timeTool)
        defer { if timesPeak { try? FileManager.default.removeItem(atPath: peakPath) } }
        let command = timesPeak ? [timeTool, "-f", "%M", "-o", peakPath] + arguments : arguments
        var script = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        if let directory { script = "cd '\(directory)' && exec " + script } else { script = "exec " + script }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = ["/bin/sh", "-c", script]
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in cArguments { free(pointer) }
            for pointer in cEnvironment { free(pointer) }
        }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, cArguments, cEnvironment) == 0 else {
            return Measurement(seconds: 0, peakKB: 0, status: -1, output: "")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        var peakKB = Int(usage.ru_maxrss)
        // time writes "Command exited with non-zero status N" before the figure when the command fails.
        if timesPeak, let text = try? String(contentsOfFile: peakPath, encoding: .utf8),
            let last = text.split(separator: "\n").last, let kilobytes = Int(last.trimmingCharacters(in: .whitespaces))
        {
            peakKB = kilobytes
        }
        return Measurement(seconds: seconds, peakKB: peakKB, status: exit, output: output)
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
