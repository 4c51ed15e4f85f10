import Foundation
import GitKit

/// `galley hook install`: makes a bare central repository enforce the
/// workflow for every client (Galley, plain git, a modified tool) that pushes
/// over a receive-pack transport (`git://`, `ssh://`, http). libgit2 runs no
/// hooks for a push to a local path, so that path protects against mistakes only.
public enum CentralHook {
    /// A line that marks the hook as Galley's, so reinstalling replaces it and a foreign hook is never overwritten.
    static let marker = "# galley pre-receive hook"

    /// Writes `hooks/pre-receive` calling `galleyPath` (absolute) and turns on the reflog and object checks.
    /// Returns the hook's path.
    public static func install(repositoryPath: String, galleyPath: String) throws(GalleyError) -> String {
        let repository: Repository
        do {
            repository = try Repository.open(at: repositoryPath)
        } catch {
            throw GalleyError(.notFound, .inputRule(.noRepositoryAt(path: repositoryPath, detail: error.message)))
        }
        guard repository.isBare else {
            throw GalleyError(.refused, .inputRule(.hookNeedsBareRepository(path: repositoryPath)))
        }
        guard galleyPath.hasPrefix("/") else { throw GalleyError(.invalidInput, .inputRule(.galleyPathNotAbsolute(path: galleyPath))) }
        let hooks = repository.gitDirectory + "/hooks"
        let path = hooks + "/pre-receive"
        let fileManager = FileManager.default
        if let existing = fileManager.contents(atPath: path), !String(decoding: existing, as: UTF8.self).contains(marker) {
            throw GalleyError(.refused, .inputRule(.foreignHookInTheWay(path: path)))
        }
        let quoted = "'" + galleyPath.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let script = """
            #!/bin/sh
            \(marker): every push to the newsroom branch is replayed against the
            # workflow in force (galley verify on exactly the pushed range, the old tip
            # trusted); non-fast-forwards, merges and deleting the branch are refused.
            exec \(quoted) hook pre-receive

            """
        do {
            try fileManager.createDirectory(atPath: hooks, withIntermediateDirectories: true)
            try Data(script.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            try fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        } catch {
            throw GalleyError(.failure, .localFile(.fileNotWritten(path: path, detail: error.localizedDescription)))
        }
        try git("configuring \(repositoryPath)", { () throws(GitError) in
            try repository.setConfigValue("core.logAllRefUpdates", "always")
            try repository.setConfigValue("receive.fsckObjects", "true")
        })
        try PackAttributes.install(gitDirectory: repository.gitDirectory)
        return path
    }
}
