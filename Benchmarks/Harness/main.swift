// galley-bench: the benchmark of issue 5. Generates newsrooms of given sizes
// (articles:commits) with galley-history, then measures Galley's commands and
// the equivalent plain-git baseline in the same run, prints a table with
// ratios and peak memory, and writes a JSON file. One table for everything issues 14 and 15
// ask for: start-up (StartupRows), the index, transitions, reading, listings (ListingRows),
// verify, the web desk (DeskRows, through Benchmarks/desk-time.sh: run from the repository root) and the
// central hook's cost to a push (HookRows).
//
// Usage: galley-bench [--sizes 1000:10000,10000:100000] [--runs 7] [--json FILE]   (100000:1000000 for the full run)
//        galley-bench --signed N   (verify with signature checks on N signed commits: SignedHistory.swift)
//        galley-bench --listing REPO [--runs N]   (a long listing inside the library: ListingCost.swift)
import Foundation
import Galley
import GitKit

struct Row {
    var operation: String
    /// Galley's figure, in `unit` (milliseconds for all but the binary's size).
    var galleyMS: Double
    var baselineMS: Double?
    /// nil where no process of Galley's own is measured (the desk's pages, read from a client).
    var peakMB: Double?
    var target: String
    var met: Bool?
    var unit = "ms"

    var ratio: Double? { baselineMS.map { galleyMS > 0 ? $0 / galleyMS : 0 } }
}

struct Options {
    /// Sizes that finish in reasonable time; `--sizes 100000:1000000` for the targets' size.
    var sizes: [(articles: Int, commits: Int)] = [(1_000, 10_000), (10_000, 100_000)]
    var runs = 7
    var json = "benchmark-results.json"
    /// `--signed N`: only build an N-commit signed history and time verify on it (issue 6).
    var signed: Int?
    /// `--listing REPO`: only time listings in-process on that repository (issue 15).
    var listing: String?

    init(_ arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--sizes":
                sizes = (iterator.next() ?? "").split(separator: ",").compactMap { pair in
                    let parts = pair.split(separator: ":").compactMap { Int($0) }
                    return parts.count == 2 ? (parts[0], parts[1]) : nil
                }
            case "--runs": runs = max(1, Int(iterator.next() ?? "") ?? runs)
            case "--json": json = iterator.next() ?? json
            case "--signed":
                guard let count = Int(iterator.next() ?? ""), count > 0 else { Self.usage() }
                signed = count
            case "--listing":
                guard let repository = iterator.next() else { Self.usage() }
                listing = repository
            default: Self.usage()
            }
        }
    }

    static func usage() -> Never {
        FileHandle.standardError.write(Data("usage: galley-bench [--sizes A:C,…] [--runs N] [--json FILE] | --signed N | --listing REPO\n".utf8))
        exit(64)
    }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
/// Writes a line to stdout at once (print buffers when stdout is a file), so each size's table appears when measured.
func emit(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
let galley = binaries + "/galley"
let history = binaries + "/galley-history"
func note(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

/// Median wall time (ms) of `runs` runs of `command`, and its exact peak memory. The peak is read
/// by `/usr/bin/time` (wait4's rusage carries the harness's own peak into a spawned child), on the
/// timed runs when `peakInline` (long commands, where its ~1 ms does not matter), else on one more,
/// untimed run with the next argument (`runs`) — so short commands are timed bare.
func timed(_ runs: Int, in directory: String? = nil, peakInline: Bool = false, _ command: (Int) -> [String]) -> (ms: Double, peakMB: Double) {
    var times: [Double] = []
    var peak = 0
    for run in 0..<runs {
        let result = Measure.run(command(run), in: directory, discardOutput: true, exactPeak: peakInline)
        if result.status != 0 { note("  ! exit \(result.status): \(command(run).joined(separator: " "))") }
        times.append(result.seconds * 1000)
        peak = max(peak, result.peakKB)
    }
    if !peakInline {
        peak = Measure.run(command(runs), in: directory, discardOutput: true, exactPeak: true).peakKB
    }
    return (Measure.median(times), Double(peak) / 1024)
}

func jsonIDs(_ output: String) -> [String] {
    output.components(separatedBy: "\"id\": \"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
}

func benchmark(articles: Int, commits: Int, runs: Int) -> [Row] {
    let work = NSTemporaryDirectory() + "galley-bench-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: work) }
    try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    setenv("HOME", work, 1)
    setenv("GIT_CONFIG_NOSYSTEM", "1", 1)
    _ = Measure.run(["git", "config", "--global", "user.name", "Bench"])
    _ = Measure.run(["git", "config", "--global", "user.email", "bench@example.invalid"])
    let bare = work + "/news.git"
    _ = Measure.run(["git", "init", "-q", "--bare", bare])
    _ = Measure.run(["git", "-C", bare, "symbolic-ref", "HEAD", "refs/heads/main"])
    note("[\(articles) articles, \(commits) commits] generating history…")
    let generated = Measure.run(
        ["sh", "-c", "'\(history)' --articles \(articles) --commits \(commits) | git -C '\(bare)' fast-import --quiet"])
    note("  generated in \(String(format: "%.1f", generated.seconds)) s")
    let tip = Measure.run(["git", "-C", bare, "rev-parse", "main"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    var rows: [Row] = []

    // Index: build at tip~1000, then catch up 1000 commits, then a full rebuild.
    let catchUpBase = min(1_000, commits - 2)
    _ = Measure.run(["git", "-C", bare, "update-ref", "refs/heads/main", "main~\(catchUpBase)"])
    // `list --state submitted`: a short answer, so the time is the index's, not the printing's.
    _ = Measure.run([galley, "--repo", bare, "list", "--state", "submitted"], discardOutput: true)
    _ = Measure.run(["git", "-C", bare, "update-ref", "refs/heads/main", tip])
    let catchUp = Measure.run([galley, "--repo", bare, "list", "--state", "submitted"], discardOutput: true, exactPeak: true)
    rows.append(Row(
        operation: "index catch-up after \(catchUpBase) commits", galleyMS: catchUp.seconds * 1000, baselineMS: nil,
        peakMB: Double(catchUp.peakKB) / 1024, target: "≤ 1000 ms", met: catchUp.seconds <= 1))
    try? FileManager.default.removeItem(atPath: bare + "/" + "galley-index.sqlite")
    let rebuild = Measure.run([galley, "--repo", bare, "list", "--state", "submitted"], discardOutput: true, exactPeak: true)
    rows.append(Row(
        operation: "index full rebuild (\(commits) commits)", galleyMS: rebuild.seconds * 1000, baselineMS: nil,
        peakMB: Double(rebuild.peakKB) / 1024, target: "report", met: nil))

    // Articles waiting for an editor: made through the CLI so both repositories have them.
    // runs + 1 each for the bare repository and the work tree: the last one is the untimed peak-memory run.
    note("  preparing \(2 * (runs + 1)) submitted articles…")
    let body = work + "/body.md"
    _ = FileManager.default.createFile(atPath: body, contents: Data("Đoạn mở đầu về dân vận.\n\nĐoạn hai.\n".utf8))
    var ids: [String] = []
    for index in 0..<(2 * (runs + 1)) {
        let created = Measure.run([galley, "--repo", bare, "--as", "pv01", "new", "Bài đo hiệu năng số \(index)", "--body-file", body])
        let id = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = Measure.run([galley, "--repo", bare, "--as", "pv01", "submit", id])
        ids.append(id)
    }
    let tree = work + "/tree"
    note("  cloning a work tree…")
    _ = Measure.run(["git", "clone", "-q", bare, tree])
    _ = Measure.run([galley, "list"], in: tree)  // its own index, built before timing

    let bareStep = timed(runs) { [galley, "--repo", bare, "--as", "btv01", "approve", ids[$0]] }
    let treeStep = timed(runs, in: tree) { [galley, "--as", "btv01", "approve", ids[runs + 1 + $0]] }
    let listed = jsonIDs(Measure.run([galley, "list", "--state", "published", "--format", "json"], in: tree).output)
    let baseline = timed(runs, in: tree) { run in
        let id = listed[run % max(1, listed.count)]
        return ["sh", "-c", "f=$(ls articles/*/*/*/\(id)/index.md) && echo 'sửa \(run)' >> \"$f\" && git add \"$f\" && git commit -qm 'baseline \(run)'"]
    }
    rows.append(Row(
        operation: "transition (approve), bare", galleyMS: bareStep.ms, baselineMS: baseline.ms, peakMB: bareStep.peakMB,
        target: "≤ 20 ms, ≥ 15×", met: bareStep.ms <= 20 && baseline.ms / bareStep.ms >= 15))
    rows.append(Row(
        operation: "transition (approve), work tree", galleyMS: treeStep.ms, baselineMS: baseline.ms, peakMB: treeStep.peakMB,
        target: "≥ 3×", met: baseline.ms / treeStep.ms >= 3))

    // The reporter's own first step: `submit` right after `new` in another process, which does
    // not index what it writes, so the step meets an article its index has not seen.
    var fresh: [Double] = []
    var freshPeak = 0
    for index in 0...runs {
        let created = Measure.run([galley, "--repo", bare, "--as", "pv01", "new", "Bài vừa viết số \(index)", "--body-file", body])
        let id = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let submitted = Measure.run([galley, "--repo", bare, "--as", "pv01", "submit", id], discardOutput: true, exactPeak: index == runs)
        if submitted.status != 0 { note("  ! exit \(submitted.status): submit \(id)") }
        if index == runs { freshPeak = submitted.peakKB } else { fresh.append(submitted.seconds * 1000) }
    }
    let freshMS = Measure.median(fresh)
    rows.append(Row(
        operation: "transition (submit) right after new, bare", galleyMS: freshMS, baselineMS: baseline.ms, peakMB: Double(freshPeak) / 1024,
        target: "report", met: nil))

    // Reading.
    let article = listed.first ?? ids[0]
    let folder = Measure.run(["sh", "-c", "ls -d articles/*/*/*/\(article)"], in: tree).output.trimmingCharacters(in: .whitespacesAndNewlines)
    let logID = timed(runs) { _ in [galley, "--repo", bare, "log", article, "--format", "json"] }
    let gitLogID = timed(runs) { _ in ["git", "-C", bare, "log", "--format=%H%x00%an%x00%ae%x00%B", "main", "--", folder] }
    rows.append(Row(
        operation: "article history (log ID)", galleyMS: logID.ms, baselineMS: gitLogID.ms, peakMB: logID.peakMB,
        target: "≤ 50 ms", met: logID.ms <= 50))
    let byActor = timed(runs) { _ in [galley, "--repo", bare, "log", "--actor", "btv01", "--format", "json"] }
    let gitByActor = timed(runs) { _ in
        ["git", "-C", bare, "log", "--author=btv1@baomau.vn", "--format=%H %(trailers:key=Galley-Transition,valueonly)", "main"]
    }
    rows.append(Row(
        operation: "history by person (log --actor)", galleyMS: byActor.ms, baselineMS: gitByActor.ms, peakMB: byActor.peakMB,
        target: "report", met: nil))
    let list = timed(runs) { _ in [galley, "--repo", bare, "list", "--state", "submitted", "--format", "json"] }
    let grep = timed(runs) { _ in ["git", "-C", bare, "grep", "-l", "-e", "^state: submitted", "main", "--", "articles"] }
    rows.append(Row(
        operation: "current queue (list --state)", galleyMS: list.ms, baselineMS: grep.ms, peakMB: list.peakMB,
        target: "≤ 100 ms", met: list.ms <= 100))
    let show = timed(runs) { _ in [galley, "--repo", bare, "show", article, "--format", "json"] }
    rows.append(Row(operation: "show", galleyMS: show.ms, baselineMS: nil, peakMB: show.peakMB, target: "≤ 20 ms", met: show.ms <= 20))
    let search = timed(runs) { _ in [galley, "--repo", bare, "search", "dan van", "--format", "json"] }
    let grepSearch = timed(runs) { _ in ["git", "-C", bare, "grep", "-i", "-l", "dân vận", "main", "--", "articles"] }
    rows += ListingRows.measure(bare: bare, runs: runs)
    rows.append(Row(
        operation: "search", galleyMS: search.ms, baselineMS: grepSearch.ms, peakMB: search.peakMB, target: "≤ 100 ms",
        met: search.ms <= 100))

    // Verify: once at large sizes (it replays everything).
    let verifyRuns = commits > 100_000 ? 1 : min(3, runs)
    let verify = timed(verifyRuns, peakInline: true) { _ in [galley, "--repo", bare, "verify"] }
    let raw = timed(verifyRuns, peakInline: true) { _ in ["git", "-C", bare, "log", "--raw", "--no-abbrev", "--format=%H%n%an%n%ae%n%B", "main"] }
    rows.append(Row(
        operation: "verify (\(Int(Double(commits) / (verify.ms / 1000))) commits/s)", galleyMS: verify.ms, baselineMS: raw.ms,
        peakMB: verify.peakMB, target: "≥ 1×, ≤ 200 MB", met: raw.ms / verify.ms >= 1 && verify.peakMB <= 200))
    // The desk last: its password file and sessions touch nothing the other figures read.
    rows += DeskRows.measure(bare: bare, person: "btv01", article: article, runs: runs)
    // After the desk: its pushes add steps to the newsroom.
    rows += HookRows.measure(bare: bare, work: work, body: body, runs: runs)
    return rows
}

/// In-process write throughput: `create` steps per second with and without fsync.
func throughput(fsync: Bool, count: Int) -> Double {
    let work = NSTemporaryDirectory() + "galley-bench-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: work) }
    do {
        try GitRuntime.setFsync(fsync)
        let (newsroom, _) = try Newsroom.initialize(NewsroomSetup(path: work, bare: true, adminID: "admin", adminName: "Admin"))
        _ = try newsroom.addPerson(id: "pv", name: "Phóng Viên", email: "pv@example.vn", roles: ["reporter"], actorID: "admin")
        let start = DispatchTime.now()
        for index in 0..<count {
            _ = try newsroom.create(NewArticle(title: "Bài số \(index)", body: "Nội dung.\n"), actorID: "pv")
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        try GitRuntime.setFsync(true)
        return Double(count) / seconds
    } catch {
        note("throughput: \(error)")
        return 0
    }
}

func format(_ value: Double?, _ digits: Int = 1) -> String { value.map { String(format: "%.\(digits)f", $0) } ?? "–" }

if let repository = options.listing {
    exit(ListingCost.run(repository: repository, runs: options.runs) ? 0 : 1)
}
if let count = options.signed {
    exit(SignedHistory.run(commits: max(2, count), runs: options.runs, galley: galley, history: history) ? 0 : 1)
}

var report: [[String: Any]] = []
let startup = StartupRows.measure(runs: options.runs)
emit("| size | operation | galley | baseline | ratio | galley peak MB | target | met |")
emit("|---|---|---:|---:|---:|---:|---|---|")
func emitRow(_ size: String, _ row: Row) {
    let met = row.met.map { $0 ? "yes" : "no" } ?? "–"
    let ratio = row.ratio.map { format($0, 2) + "×" } ?? "–"
    emit("| \(size) | \(row.operation) | \(format(row.galleyMS)) \(row.unit) | \(row.baselineMS.map { format($0) + " " + row.unit } ?? "–") | \(ratio) | \(format(row.peakMB)) | \(row.target) | \(met) |")
}
for row in startup { emitRow("any", row) }
for size in options.sizes {
    let rows = benchmark(articles: size.articles, commits: size.commits, runs: options.runs)
    for row in rows { emitRow("\(size.articles) / \(size.commits)", row) }
    report.append([
        "articles": size.articles, "commits": size.commits, "runs": options.runs,
        "rows": rows.map(jsonRow),
    ])
}
func jsonRow(_ row: Row) -> [String: Any] {
    // galley_ms and baseline_ms as before; `unit` says when a row's figure is not milliseconds (the binary's size).
    ["operation": row.operation, "galley_ms": row.galleyMS, "baseline_ms": row.baselineMS ?? NSNull(), "unit": row.unit,
     "ratio": row.ratio ?? NSNull(), "peak_mb": row.peakMB ?? NSNull(), "target": row.target, "met": row.met ?? NSNull()]
}
let withFsync = throughput(fsync: true, count: 200)
let withoutFsync = throughput(fsync: false, count: 200)
emit("\nin-process create throughput (200 steps, bare): \(format(withFsync)) steps/s with fsync, \(format(withoutFsync)) without")
let document: [String: Any] = ["startup": startup.map(jsonRow), "sizes": report, "throughput": ["fsync": withFsync, "no_fsync": withoutFsync]]
if let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys]) {
    _ = FileManager.default.createFile(atPath: options.json, contents: data)
    emit("results: \(options.json)")
}
