import Foundation

/// Paths to the texts the Text tests read, found from this file so they work from any working directory
/// (symlinks resolved, so a scratch package that links this folder still finds the real tree).
enum TextFixtures {
    /// The package root: the parent of the `Tests` folder holding this file.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while url.pathComponents.count > 1, url.lastPathComponent != "Tests" {
            url.deleteLastPathComponent()
        }
        return url.deletingLastPathComponent()
    }()

    /// The real provincial news item; only in the shared workspace, not in a fresh clone.
    static let samplePath = packageRoot.appendingPathComponent("../shared/samples/thai-binh-2019-09-11.txt").standardizedFileURL.path
    static let sampleExists = FileManager.default.fileExists(atPath: samplePath)

    /// The project's own demo article, always in the repository.
    static let demoPath = packageRoot.appendingPathComponent("scripts/demo/article.txt").path

    static let saigon = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
}
