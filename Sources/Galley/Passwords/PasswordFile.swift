import Foundation

/// The desk's passwords: `$GIT_DIR/galley/passwords`, one `id:HASH` line per person, mode 0600.
/// Outside the newsroom's history on purpose: a clone, a push or a site generator never
/// carries a hash, and no commit (nor `git log -p`) ever shows one. The file is only as
/// private as the git dir: whoever may write the repository may also replace it.
public struct PasswordFile: Sendable {
    public let path: String

    public init(gitDirectory: String) {
        path = URL(fileURLWithPath: gitDirectory).appendingPathComponent("galley/passwords").path
    }

    /// Every stored hash by person id (none when the file does not exist yet).
    public func read() throws(GalleyError) -> [String: PasswordHash] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        guard let data = FileManager.default.contents(atPath: path) else { throw GalleyError(.failure, .localFile(.fileNotRead(path: path))) }
        var hashes: [String: PasswordHash] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), let hash = PasswordHash(encoded: line[line.index(after: colon)...]) else {
                throw GalleyError(.failure, .localFile(.malformedPasswordLine(path: path)))
            }
            hashes[String(line[..<colon])] = hash
        }
        return hashes
    }

    /// Replaces the whole file atomically (a temporary file, fsync'd, created 0600, renamed over it).
    public func write(_ hashes: [String: PasswordHash]) throws(GalleyError) {
        let text = hashes.keys.sorted().map { "\($0):\(hashes[$0]?.encoded ?? "")\n" }.joined()
        try PrivateFile.replace(path, with: text)
    }
}
