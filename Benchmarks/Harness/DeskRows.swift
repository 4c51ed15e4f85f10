import Foundation

/// The web desk's figures (issue 14's benchmark, issue 15's table) at one size, from
/// Benchmarks/desk-time.sh: the queue page and an article page timed from a client on loopback
/// (each request on a kept-alive connection, so no process start is counted), and `wrk` with 32
/// connections reading the article page: throughput and p99.
enum DeskRows {
    static let script = "Benchmarks/desk-time.sh"

    static func measure(bare: String, person: String, article: String, runs: Int) -> [Row] {
        guard FileManager.default.isExecutableFile(atPath: script) else {
            note("  ! \(script) missing (run galley-bench from the repository root): no desk figures")
            return []
        }
        let result = Measure.run(
            [script, bare, person, article, String(max(runs, 21)), "10"], environment: ["GALLEY": galley])
        if result.status != 0 { note("  ! desk-time.sh exited \(result.status)") }
        var figures: [String: Double] = [:]
        for line in result.output.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count == 2, let value = Double(parts[1]) { figures[String(parts[0])] = value }
        }
        var rows: [Row] = []
        for (key, page) in [("queue_ms", "queue page (/queue, \(person))"), ("article_ms", "article page (/articles/ID)")] {
            guard let ms = figures[key] else { continue }
            rows.append(Row(operation: "desk: \(page), server side", galleyMS: ms, baselineMS: nil, peakMB: nil, target: "≤ 50 ms", met: ms <= 50))
        }
        if let p99 = figures["wrk_p99_ms"], let rps = figures["wrk_rps"] {
            let errors = figures["wrk_errors"].map { ", \(Int($0)) non-2xx" } ?? ""
            rows.append(Row(
                operation: "desk: wrk, 32 readers of the article page: \(Int(rps)) req/s, p99\(errors)", galleyMS: p99, baselineMS: nil,
                peakMB: nil, target: "report", met: nil))
        }
        return rows
    }
}
