import Foundation

/// The listing figures of issue 15 at one size: 20,000 rows (`list`, `queue --all`, `search`, text
/// and JSON) and 100 rows, whole processes, against `git grep -l` of the same state in the same
/// run. The row's operation gives the cost per row, the figure the issue asks for.
enum ListingRows {
    static let longRows = 20_000
    static let shortRows = 100

    static func measure(bare: String, runs: Int) -> [Row] {
        let grep = timed(runs) { _ in ["git", "-C", bare, "grep", "-l", "-e", "^state: published", "main", "--", "articles"] }
        var rows: [Row] = []
        func listing(_ name: String, _ arguments: [String], rowsAsked: Int, target: Double) {
            let command = [galley, "--repo", bare] + arguments
            let count = jsonIDs(Measure.run(command.contains("json") ? command : command + ["--format", "json"]).output).count
            let result = timed(runs) { _ in command }
            let perRow = count > 0 ? 1000 * result.ms / Double(count) : 0
            let long = rowsAsked >= longRows
            // The long listings must also be ≥ 2× the git grep of the state; the short ones only ≤ 20 ms.
            let met = count > 0 && result.ms <= target && (!long || (result.ms > 0 && grep.ms / result.ms >= 2))
            rows.append(Row(
                operation: "\(name): \(count) rows, \(String(format: "%.1f", perRow)) µs/row", galleyMS: result.ms,
                baselineMS: long ? grep.ms : nil, peakMB: result.peakMB,
                target: long ? "≤ 150 ms, ≥ 2×" : "≤ 20 ms", met: met))
        }
        let longLimit = String(longRows)
        listing("list --state published --limit \(longLimit)", ["list", "--state", "published", "--limit", longLimit], rowsAsked: longRows, target: 150)
        listing("list … --format json", ["list", "--state", "published", "--limit", longLimit, "--format", "json"], rowsAsked: longRows, target: 150)
        listing("queue --all --limit \(longLimit) (chief)", ["--as", "tbt", "queue", "--all", "--limit", longLimit], rowsAsked: longRows, target: 150)
        listing("queue --all … --format json", ["--as", "tbt", "queue", "--all", "--limit", longLimit, "--format", "json"], rowsAsked: longRows, target: 150)
        listing("search dan --limit \(longLimit), json", ["search", "dan", "--limit", longLimit, "--format", "json"], rowsAsked: longRows, target: 150)
        let shortLimit = String(shortRows)
        listing("list --state published --limit \(shortLimit)", ["list", "--state", "published", "--limit", shortLimit], rowsAsked: shortRows, target: 20)
        listing("list … --limit \(shortLimit) --format json", ["list", "--state", "published", "--limit", shortLimit, "--format", "json"], rowsAsked: shortRows, target: 20)
        return rows
    }
}
