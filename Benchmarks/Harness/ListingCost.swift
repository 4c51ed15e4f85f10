import Foundation
import Galley

/// `galley-bench --listing REPO`: what a long listing costs inside the library
/// (issue 15), without the process start-up and without the CLI's rendering
/// of text tables and JSON, so its cost per row is the index's own. Each run
/// opens the newsroom afresh (the index file included) and reads at the tip;
/// prints one tab-separated line per operation: name, rows, median ms.
enum ListingCost {
    static func run(repository: String, runs: Int) -> Bool {
        do throws(GalleyError) {
            let newsroom = try Newsroom.open(path: repository, currentDirectory: repository)
            let states = try newsroom.list(ArticleFilter()).reduce(into: [String: Int]()) { $0[$1.document.meta.state, default: 0] += 1 }
            guard let largest = states.max(by: { $0.value < $1.value })?.key else {
                FileHandle.standardError.write(Data("galley-bench --listing: no articles in \(repository)\n".utf8))
                return false
            }
            let operations: [(String, () throws(GalleyError) -> Int)] = [
                ("Newsroom.list(state: \(largest))", { () throws(GalleyError) in
                    try Newsroom.open(path: repository, currentDirectory: repository).list(ArticleFilter(state: largest)).count
                }),
                ("Newsroom.queue(tbt)", { () throws(GalleyError) in
                    try Newsroom.open(path: repository, currentDirectory: repository).queue(actorID: "tbt").items.count
                }),
                ("Newsroom.queue(tbt, all)", { () throws(GalleyError) in
                    try Newsroom.open(path: repository, currentDirectory: repository).queue(actorID: "tbt", scope: .all).items.count
                }),
                ("Newsroom.search(dan, limit: all)", { () throws(GalleyError) in
                    try Newsroom.open(path: repository, currentDirectory: repository).search("dan", limit: states.values.reduce(0, +)).count
                }),
            ]
            for (name, operation) in operations {
                var times: [Double] = []
                var rows = 0
                for _ in 0..<runs {
                    let start = DispatchTime.now().uptimeNanoseconds
                    rows = try operation()
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                }
                let median = times.sorted()[times.count / 2]
                FileHandle.standardOutput.write(Data("\(name)\t\(rows)\t\(String(format: "%.1f", median))\n".utf8))
            }
            return true
        } catch {
            FileHandle.standardError.write(Data("galley-bench --listing: \(error.message)\n".utf8))
            return false
        }
    }
}
