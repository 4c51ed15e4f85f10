import Foundation

/// A file of secrets in the git dir (passwords, sealed desk keys): replaced whole and
/// atomically, so a reader sees the old file or the new one, never half of either.
enum PrivateFile {
    /// A temporary file created 0600 in the same folder (itself 0700), fsync'd, renamed over `path`.
    static func replace(_ path: String, with text: String) throws(GalleyError) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let temporary = path + ".tmp-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw GalleyError(.failure, .localFile(.folderNotCreated(path: directory, detail: error.localizedDescription)))
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw GalleyError(.failure, .localFile(.fileNotWritten(path: temporary, detail: String(cString: strerror(errno))))) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == bytes.count, synced == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw GalleyError(.failure, .localFile(.fileNotWritten(path: path, detail: String(cString: strerror(errno)))))
        }
    }
}
