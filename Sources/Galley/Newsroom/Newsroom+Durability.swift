import GitKit

extension Newsroom {
    /// Turns libgit2's fsync of the git dir off for this process when the newsroom
    /// opted out (`fsync: false`); on is the default set by GitRuntime. Called by
    /// every write before it writes an object.
    func applyDurability(_ config: NewsroomConfig) throws(GalleyError) {
        guard !config.fsyncEnabled else { return }
        try git("turning fsync off (galley.yaml fsync: false)", { () throws(GitError) in try GitRuntime.setFsync(false) })
    }
}

extension Newsroom {
    /// Declares that this process writes steps from one thread at a time (the command line), so
    /// each step's objects may be flushed to disk together, with one flush instead of two per
    /// object (`ObjectFlushBatch`). The web desk, which writes from many tasks, never calls it.
    public static func writeFromOneThread() {
        GitRuntime.allowObjectFlushBatches()
    }
}
