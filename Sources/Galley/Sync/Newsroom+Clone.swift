import Foundation
import GitKit

extension Newsroom {
    /// `galley clone URL PATH`: a copy of the central newsroom that works offline and syncs
    /// with `galley sync`. Bare unless `workTree` (editors and the chief need no files on disk).
    public static func clone(url: String, to path: String, workTree: Bool) throws(GalleyError) -> Newsroom {
        if let contents = try? FileManager.default.contentsOfDirectory(atPath: path), !contents.isEmpty {
            throw GalleyError(refusal: .workspace(.cloneTargetNotEmpty(path: path)))
        }
        do {
            _ = try Repository.clone(url: url, to: path, bare: !workTree, ssh: .galley())
        } catch {
            throw GalleyError(.failure, .sync(.cloneFailed(url: RemoteURL.redacted(url), detail: error.message)))
        }
        do {
            return try open(path: path, currentDirectory: FileManager.default.currentDirectoryPath)
        } catch {
            throw GalleyError(.failure, .sync(.clonedNotNewsroom(url: RemoteURL.redacted(url), path: path, detail: error.message)))
        }
    }

    /// `url` as messages show it: without a password written into it.
    public static func shownURL(_ url: String) -> String { RemoteURL.redacted(url) }

    /// The default folder for a clone of `url`: its last component, `.git` for a bare clone.
    public static func cloneFolder(for url: String, workTree: Bool) -> String {
        var name = url
        while name.hasSuffix("/") { name.removeLast() }
        name = String(name.split(whereSeparator: { $0 == "/" || $0 == ":" }).last ?? "newsroom")
        if name.hasSuffix(".git") { name.removeLast(4) }
        if name.isEmpty { name = "newsroom" }
        return workTree ? name : name + ".git"
    }

    /// `galley status`: local steps waiting to be sent, central news as of the last fetch, kept conflicts.
    /// Never contacts the central repository.
    public func syncStatus() throws(GalleyError) -> SyncStatus {
        let repository = self.repository
        let url = try git("reading the remote", { () throws(GitError) in try repository.remoteURL(CentralRepository.remoteName) })
        let local = try tip()
        var status = SyncStatus(central: url.map(RemoteURL.redacted), branch: branchName, waiting: 0, incoming: 0, lastFetch: nil, conflicts: try keptConflicts().count)
        guard let url else { return status }
        let tracking = CentralRepository(url: url).trackingReference(branch: branchName)
        if let central = try git("reading \(tracking)", { () throws(GitError) in try repository.referenceTarget(tracking) }) {
            status.waiting = try count(from: local, hiding: central)
            status.incoming = try count(from: central, hiding: local)
        } else {
            status.waiting = try count(from: local, hiding: local)
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: repository.gitDirectory + "/FETCH_HEAD"),
            let date = attributes[.modificationDate] as? Date
        {
            let config = try snapshot().config
            status.lastFetch = Timestamp(date: Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)), timeZone: config.timeZone)
        }
        return status
    }
}
