import Foundation

/// Start-up figures of issue 15, once per run (they do not depend on the newsroom): `galley --help`
/// against `git --help`, and the installed binary's size against git's.
enum StartupRows {
    static func measure(runs: Int) -> [Row] {
        let runs = max(runs, 21)
        let help = timed(runs) { _ in [galley, "--help"] }
        let gitHelp = timed(runs) { _ in ["git", "--help"] }
        var rows = [Row(
            operation: "galley --help (start-up)", galleyMS: help.ms, baselineMS: gitHelp.ms, peakMB: help.peakMB, target: "≤ 5 ms",
            met: help.ms <= 5)]
        let gitPath = Measure.run(["sh", "-c", "command -v git"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        if let size = megabytes(galley) {
            rows.append(Row(
                operation: "installed binary size, galley (scripts/build-release, stripped)", galleyMS: size,
                baselineMS: megabytes(gitPath), peakMB: nil, target: "≤ 30 MB", met: size <= 30, unit: "MB"))
        }
        // The web desk is a program of its own (`galley serve` becomes it), installed beside galley.
        let desk = URL(fileURLWithPath: galley).deletingLastPathComponent().appendingPathComponent("galley-desk").path
        if let size = megabytes(desk) {
            rows.append(Row(
                operation: "installed binary size, galley-desk (the web desk `galley serve` starts)", galleyMS: size,
                baselineMS: nil, peakMB: nil, target: "report", met: nil, unit: "MB"))
        }
        return rows
    }

    private static func megabytes(_ path: String) -> Double? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber else { return nil }
        return size.doubleValue / 1_048_576
    }
}
