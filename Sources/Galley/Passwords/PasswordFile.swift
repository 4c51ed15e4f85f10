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
        guard let data = FileManager.default.contents(atPath: path) else { throw .failure("cannot read \(path)") }
        var hashes: [String: PasswordHash] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), let hash = PasswordHash(encoded: line[line.index(after: colon)...]) else {
                throw .failure("\(path) holds a line that is not id:scrypt$…: repair or remove it")
            }
            hashes[String(line[..<colon])] = hash
        }
        return hashes
    }

    /// Replaces the whole file atomically (a temporary file, fsync'd, created 0600, renamed over it).
    public func write(_ hashes: [String: PasswordHash]) throws(GalleyError) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let text = hashes.keys.sorted().map { "\($0):\(hashes[$0]?.encoded ?? "")\n" }.joined()
        let temporary = path + ".tmp-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .failure("cannot create \(directory): \(error.localizedDescription)")
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .failure("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == bytes.count, synced == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .failure("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
