import Foundation
import GitKit

extension Newsroom {
    /// A writer killed after moving the branch but before git's index (and the
    /// work-tree copy) caught up leaves the tip's files looking like uncommitted
    /// reverts, which would block the next step on that article. Brings back in
    /// line exactly the paths the tip commit changed whose work-tree content is
    /// still the parent's or the tip's version — never a person's own edit.
    /// Returns the repaired paths; called under the write lock after a dead writer.
    func repairWorkTreeAfterCrash() throws(GalleyError) -> [String] {
        let repository = self.repository
        guard let root = repository.workTree else { return [] }
        let tip = try tip()
        let commit = try git("reading the tip", { () throws(GitError) in try repository.commit(tip) })
        guard let parent = commit.parents.first else { return [] }
        let parentTree = try git("reading \(parent.short)", { () throws(GitError) in try repository.commit(parent).tree })
        let changes = try git("comparing the tip with its parent", { () throws(GitError) in
            try repository.changes(from: parentTree, to: commit.tree)
        })
        var repaired: [String] = []
        for change in changes {
            Self.removeTemporaryFiles(besides: root + "/" + change.path)
            let status = try git("checking \(change.path)", { () throws(GitError) in try repository.status(ofPath: change.path) })
            guard !status.isClean else { continue }
            let onDisk = FileManager.default.contents(atPath: root + "/" + change.path)
            let before = try change.oldBlob.map { (blob) throws(GalleyError) in
                try git("reading \(change.path)", { () throws(GitError) in try repository.blobData(blob) })
            }
            let after = try change.newBlob.map { (blob) throws(GalleyError) in
                try git("reading \(change.path)", { () throws(GitError) in try repository.blobData(blob) })
            }
            if onDisk == before || onDisk == after { repaired.append(change.path) }
        }
        guard !repaired.isEmpty else { return [] }
        try git("restoring the work tree", { () throws(GitError) in try repository.syncWorkTree(paths: repaired, temporaryPrefix: RepositoryFileNames.temporaryFilePrefix) })
        return repaired
    }

    /// Deletes the work-tree writer's temporary files (`RepositoryFileNames.temporaryFilePrefix`, see `syncWorkTree`) that a
    /// killed process left in the folder of `path`.
    private static func removeTemporaryFiles(besides path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(RepositoryFileNames.temporaryFilePrefix) && name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }
}
