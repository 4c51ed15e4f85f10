import Foundation
import TestSupport
import Testing

/// The one process runner is TestSupport's; these names are the suite's own spelling of it.
typealias RunResult = TestSupport.RunResult
typealias RunningProgram = TestSupport.RunningProgram

enum GalleyBinary {
    /// The built `galley`: `$GALLEY_BINARY`, else beside the running test bundle,
    /// else `.build/debug/galley` under the package root found from this file.
    static let located: Result<URL, LocateError> = locate()

    struct LocateError: Error, CustomStringConvertible {
        var tried: [String]
        var description: String {
            "galley binary not found; `swift test` builds it (GalleyCLITests depends on the galley target), or set GALLEY_BINARY. Tried:\n  "
                + tried.joined(separator: "\n  ")
        }
    }

    static func url() throws -> URL { try located.get() }

    private static func locate() -> Result<URL, LocateError> {
        let fm = FileManager.default
        var tried: [String] = []
        func usable(_ url: URL) -> Bool {
            tried.append(url.path)
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && fm.isExecutableFile(atPath: url.path)
        }

        if let explicit = ProcessInfo.processInfo.environment["GALLEY_BINARY"], !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit)
            return usable(url) ? .success(url) : .failure(LocateError(tried: tried))
        }

        // The test bundle: on Linux <build>/debug/GalleyPackageTests.xctest (a file);
        // on macOS <build>/debug/GalleyPackageTests.xctest/Contents/MacOS/… .
        var bundleCandidates: [URL] = []
        if let executable = Bundle.main.executableURL { bundleCandidates.append(executable) }
        if let first = CommandLine.arguments.first, !first.isEmpty {
            bundleCandidates.append(URL(fileURLWithPath: first))
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            bundleCandidates.append(bundle.bundleURL)
        }
        for candidate in bundleCandidates {
            var directory = candidate.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<5 {
                let galley = directory.appendingPathComponent("galley")
                if usable(galley) { return .success(galley) }
                if directory.path == "/" { break }
                directory = directory.deletingLastPathComponent()
            }
        }

        // Walk up from this source file to the package root.
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if fm.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                let galley = directory.appendingPathComponent(".build/debug/galley")
                if usable(galley) { return .success(galley) }
                break
            }
            directory = directory.deletingLastPathComponent()
        }
        return .failure(LocateError(tried: tried))
    }
}

/// Runs a program to completion; stdout and stderr go to files, so neither can fill a pipe.
func runProgram(
    _ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String], input: Data? = nil,
    timeout: Duration? = nil, scratch: URL
) throws -> RunResult {
    try TestSupport.runProgram(executable, arguments, in: directory, environment: environment, input: input, timeout: timeout,
                               scratch: scratch)
}

/// Starts a program without waiting for it (for races and kills); `wait()` collects its result.
func startProgram(
    _ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String], scratch: URL
) throws -> RunningProgram {
    try RunningProgram(executable, arguments, in: directory, environment: environment, scratch: scratch)
}

/// Parses JSON output, recording an issue (not crashing) when it is not JSON.
func parseJSON(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
    do {
        return try JSONSerialization.jsonObject(with: result.stdoutData, options: [.fragmentsAllowed])
    } catch {
        Issue.record("not JSON: \(result)", sourceLocation: sourceLocation)
        throw error
    }
}

func jsonObject(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let value = try parseJSON(result, sourceLocation: sourceLocation)
    return try #require(value as? [String: Any], "expected a JSON object: \(result.stdout)", sourceLocation: sourceLocation)
}

func jsonArray(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
    let value = try parseJSON(result, sourceLocation: sourceLocation)
    return try #require(value as? [[String: Any]], "expected a JSON array of objects: \(result.stdout)", sourceLocation: sourceLocation)
}

/// A JSON value as a string; `nil` for JSON null, missing or a non-string.
func string(_ object: [String: Any], _ key: String) -> String? { object[key] as? String }

/// `true` when the key is present and JSON null.
func isNull(_ object: [String: Any], _ key: String) -> Bool { object[key] is NSNull }
