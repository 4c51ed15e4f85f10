import Foundation

/// The desk's sealed keys: `$GIT_DIR/galley/desk-keys`, one `id ssh-ed25519 AAAA… SEALED`
/// line per person, mode 0600, beside the password file and outside the history for the
/// same reasons. Each private half is sealed with its person's password (`SealedDeskKey`).
public struct DeskKeyFile: Sendable {
    public let path: String

    public init(gitDirectory: String) {
        path = URL(fileURLWithPath: gitDirectory).appendingPathComponent("galley/desk-keys").path
    }

    /// Every sealed key by person id (none when the file does not exist yet).
    public func read() throws(GalleyError) -> [String: SealedDeskKey] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        guard let data = FileManager.default.contents(atPath: path) else { throw GalleyError(.failure, .localFile(.fileNotRead(path: path))) }
        var keys: [String: SealedDeskKey] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let space = line.firstIndex(of: " "), let sealed = SealedDeskKey(encoded: line[line.index(after: space)...]) else {
                throw GalleyError(.failure, .localFile(.malformedDeskKeyLine(path: path)))
            }
            keys[String(line[..<space])] = sealed
        }
        return keys
    }

    /// Replaces the whole file atomically, created 0600.
    public func write(_ keys: [String: SealedDeskKey]) throws(GalleyError) {
        let text = keys.keys.sorted().map { "\($0) \(keys[$0]?.encoded ?? "")\n" }.joined()
        try PrivateFile.replace(path, with: text)
    }
}
