import Foundation
import GitKit

extension Newsroom {
    /// A write lock that could not be taken, as a person reads it: held too long by another
    /// process (`.locked`, from the catalog in both languages), or the lock file itself failing.
    static func writeLockError(_ error: GitError, central: String?) -> GalleyError {
        guard error.code == .locked else {
            return GalleyError(.failure, .localFile(.writeLockFailed(central: central, detail: error.message)))
        }
        return GalleyError(.failure, .input(.lockHeld(seconds: seconds(writeLockTimeout), central: central)))
    }

    /// Whole seconds as an integer, otherwise the shortest decimal ("0.5").
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        if attoseconds == 0 { return "\(seconds)" }
        return String(format: "%g", Double(seconds) + Double(attoseconds) / 1e18)
    }
}
