import GitKit

/// The central repository's judge for a push (`pre-receive`): the newsroom
/// branch may only move forward, linearly, by steps that replay cleanly
/// against the rules in force — exactly the pushed range is checked, the old
/// tip is trusted. Other refs are left alone. Reads only: during the hook the
/// pushed objects are in quarantine, and nothing may be cached from them.
public enum PushGuard {
    /// One line of pre-receive's input: `OLD NEW REF`.
    public struct Update: Sendable, Equatable {
        public var old: String
        public var new: String
        public var ref: String

        public init(old: String, new: String, ref: String) {
            self.old = old
            self.new = new
            self.ref = ref
        }

        /// Parses `OLD NEW REF`; nil for anything else.
        public init?(line: Substring) {
            let fields = line.split(separator: " ")
            guard fields.count == 3 else { return nil }
            self.init(old: String(fields[0]), new: String(fields[1]), ref: String(fields[2]))
        }
    }

    /// The reasons to refuse the push, one line each; empty means accept. Opens the repository as
    /// git's environment describes it (quarantine included); the pusher is whoever `environment`
    /// names (`Pusher.named`), and with one every unsigned step must be theirs. Violations are said in
    /// `language` (the pusher reads them on their terminal).
    public static func judge(_ updates: [Update], environment: [String: String], language: Language = .en) throws(GalleyError) -> [String] {
        let repository: Repository
        do {
            repository = try Repository.openFromEnvironment()
        } catch {
            throw GalleyError(.failure, .localFile(.repositoryNotOpenedFromEnvironment(detail: error.message)))
        }
        return try judge(updates, in: repository, pusher: Pusher.named(in: environment), language: language)
    }

    static func judge(_ updates: [Update], in repository: Repository, pusher: Pusher?, language: Language = .en) throws(GalleyError) -> [String] {
        let branch = try git("reading HEAD", { () throws(GitError) in try repository.headReferenceName() }) ?? "refs/heads/main"
        let name = branch.replacingOccurrences(of: "refs/heads/", with: "")
        var reasons: [String] = []
        for update in updates where update.ref == branch {
            guard let new = ObjectID(hex: update.new), let old = ObjectID(hex: update.old) else {
                reasons.append("\(update.ref): unreadable object ids")
                continue
            }
            let zero = String(repeating: "0", count: 40)
            if update.new == zero {
                reasons.append("deleting \(name) is not allowed: it holds the newsroom's history")
                continue
            }
            let start: ObjectID? = update.old == zero ? nil : old
            if let start {
                let forward = try git("checking ancestry", { () throws(GitError) in try repository.isDescendant(new, of: start) })
                guard forward else {
                    reasons.append(
                        "non-fast-forward update of \(name) (\(start.short) → \(new.short)): the newsroom's history cannot be rewritten; run galley sync, which replays your steps on the central tip")
                    continue
                }
            }
            // The old tip is trusted, so its article folders may be kept on disk for the next push.
            let cache = start == nil ? nil : DirectoryCache(gitDirectory: repository.gitDirectory)
            let report = try Newsroom.replay(repository, tip: new, trusting: start, pusher: pusher, directoryCache: cache)
            if start == nil && report.commits == 0 {
                reasons.append("\(name) must hold a newsroom (a galley init commit with galley.yaml)")
            }
            for violation in report.violations {
                reasons.append(reason(violation, in: language))
            }
        }
        return reasons
    }

    /// A violation as the hook says it: in the hook's language, then, when that is not English, the
    /// English sentence too. The server cannot know the pusher's language (ssh passes no `LANG`
    /// unless allowed), and the English is what logs and scripts match, as in verify's JSON.
    static func reason(_ violation: Violation, in language: Language) -> String {
        let line = violation.line(in: language)
        guard language != .en else { return line }
        return line + " (en: " + TerminalText.clean(violation.message, multiline: false) + ")"
    }
}
