import Foundation
import TestSupport
import Testing

/// The suites' one process runner (TestSupport) does what every caller relies on.
@Suite struct ProgramRunTests {
    let sh = URL(fileURLWithPath: "/bin/sh")

    @Test func itPassesArgumentsEnvironmentInputAndFolderAndKeepsTheStreamsApart() throws {
        let folder = FileManager.default.temporaryDirectory
        let result = try runProgram(sh, ["-c", "cat; echo \"$0 $WHO\"; pwd; echo oops >&2; exit 3", "xin chào"], in: folder,
                                    environment: ["WHO": "phóng viên", "PATH": "/usr/bin:/bin"], input: Data("đầu vào\n".utf8))
        #expect(result.status == 3)
        #expect(result.stdoutLines == ["đầu vào", "xin chào phóng viên", folder.resolvingSymlinksInPath().path])
        #expect(result.stderr == "oops\n")
        #expect(!result.killedBySignal && !result.timedOut)
    }

    @Test func withoutInputTheProgramReadsAnEmptyStandardInput() throws {
        let result = try runProgram(sh, ["-c", "wc -c"], timeout: .seconds(30))
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func aProgramPastItsTimeoutIsKilledAndSaysSo() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let result = try runProgram(sh, ["-c", "echo before; exec sleep 30"], timeout: .milliseconds(300))
        #expect(result.timedOut && result.killedBySignal)
        #expect(result.stdout == "before\n")
        #expect(clock.now - started < .seconds(20))
    }

    @Test func outputLargerThanAPipeDoesNotBlockTheProgram() throws {
        let result = try runProgram(sh, ["-c", "head -c 1000000 /dev/zero; head -c 300000 /dev/zero >&2"], timeout: .seconds(60))
        #expect(result.stdoutData.count == 1_000_000 && result.stderrData.count == 300_000)
    }

    @Test func aServerWritesToItsLogAndStopEndsIt() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("program-run-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let server = try RunningProgram(sh, ["-c", "echo listening; echo warning >&2; exec sleep 30"], output: .log(log))
        var text = ""
        for _ in 0..<1000 where !text.contains("warning") { usleep(10_000); text = (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
        #expect(text.contains("listening") && text.contains("warning"))
        #expect(server.isRunning)
        server.stop(grace: .milliseconds(500))
        #expect(!server.isRunning)
    }
}
