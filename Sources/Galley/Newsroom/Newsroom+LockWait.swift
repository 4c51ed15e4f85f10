import Foundation

extension Newsroom {
    /// How long this process waits for another writer: `GALLEY_LOCK_TIMEOUT`
    /// (seconds, for scripts that would rather fail fast than queue), else
    /// `lockTimeout`. A holder that dies releases the lock at once (flock), so
    /// the bound only matters for a live process that is stuck.
    static var writeLockTimeout: Duration {
        guard let text = ProcessEnvironment.value("GALLEY_LOCK_TIMEOUT"), let seconds = Double(text), seconds >= 0,
            seconds < 86_400
        else { return lockTimeout }
        return .milliseconds(Int(seconds * 1000))
    }
}
