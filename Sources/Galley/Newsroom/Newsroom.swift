import Foundation
import GitKit

/// An open newsroom repository: a git repository (bare or with a work tree)
/// whose current branch holds `galley.yaml`. Reading goes through snapshots
/// of one commit; writing goes through `write(_:)`, under the repository lock.
public final class Newsroom {
    let repository: Repository
    public static let workflowPath = "workflow.yaml"
    /// How long a write waits for another galley process to finish.
    public static let lockTimeout: Duration = .seconds(30)

    /// The derived index once opened by this process (see `index()`).
    var cachedIndex: ArticleIndex?
    /// The last snapshot read: a commit never changes, so a command that asks twice
    /// for the same commit (list, then its workflow's labels) parses the rules once.
    private var lastSnapshot: Snapshot?
    /// Where the write path's signing key comes from (see `SigningSource`).
    public var signingSource: SigningSource = .configuredKey

    /// Things a person should know that are not errors (a stale lock cleared).
    public internal(set) var notices: [Message] = []

    /// galley.yaml's `language` in force at the tip, or nil when it cannot be read.
    public var configuredLanguage: String? { (try? snapshot())?.config.language }

    /// The notices not yet taken, in order; a notice is shown once.
    public func takeNotices() -> [Message] {
        defer { notices.removeAll() }
        return notices
    }
    /// Full name of the newsroom branch, e.g. `refs/heads/main`.
    public let branchReference: String

    init(repository: Repository, branchReference: String) {
        self.repository = repository
        self.branchReference = branchReference
    }

    /// Opens the repository named by `path`, or finds it like git does from `currentDirectory` upwards.
    public static func open(path: String?, currentDirectory: String) throws(GalleyError) -> Newsroom {
        let repository: Repository
        do {
            if let path {
                repository = try Repository.open(at: path)
            } else {
                repository = try Repository.discover(startingAt: currentDirectory)
            }
        } catch {
            let place = path ?? currentDirectory
            throw .notFound(
                "no git repository at \(place) (\(error.message)): run `galley init PATH` to make a newsroom, or pass --repo PATH")
        }
        guard let head = try git("reading HEAD", { () throws(GitError) in try repository.headReferenceName() }),
            head.hasPrefix("refs/heads/")
        else {
            throw GalleyError(refusal: .workspace(.detachedHead(location: repository.workTree ?? repository.gitDirectory)))
        }
        let newsroom = Newsroom(repository: repository, branchReference: head)
        let tip = try newsroom.tip()
        guard try git("reading galley.yaml", { () throws(GitError) in try repository.treeEntry(at: NewsroomConfig.path, inCommit: tip) }) != nil
        else {
            throw GalleyError(.notFound, .lookup(.notANewsroom(location: repository.workTree ?? repository.gitDirectory, branch: newsroom.branchName)))
        }
        return newsroom
    }

    /// `main` for `refs/heads/main`.
    public var branchName: String { String(branchReference.dropFirst("refs/heads/".count)) }
    public var workTree: String? { repository.workTree }
    public var gitDirectory: String { repository.gitDirectory }
    public var isBare: Bool { repository.isBare }
    /// The parsed rules of the tip, kept between commands (see `RulesCache`).
    var rulesCache: RulesCache { RulesCache(gitDirectory: repository.gitDirectory) }

    /// The branch tip; a newsroom always has one (its init commit).
    public func tip() throws(GalleyError) -> ObjectID {
        guard let tip = try git("reading \(branchReference)", { () throws(GitError) in try repository.referenceTarget(branchReference) })
        else {
            throw GalleyError(.notFound, .lookup(.branchHasNoCommits(branch: branchName)))
        }
        return tip
    }

    /// The newsroom as it stands at the tip, or at `revision` (a commit, branch, `HEAD~3` …).
    public func snapshot(at revision: String? = nil) throws(GalleyError) -> Snapshot {
        let commit: ObjectID
        if let revision {
            do {
                commit = try repository.resolveCommit(revision)
            } catch {
                throw GalleyError(.notFound, .input(.unknownRevision(revision: revision)))
            }
        } else {
            commit = try tip()
        }
        if let lastSnapshot, lastSnapshot.commit == commit { return lastSnapshot }
        let snapshot: Snapshot
        if revision == nil {
            // Writers and the queue decide by the rules in force, as verify holds them (design §7).
            let ledger = try rulesLedger(at: commit)
            snapshot = try Snapshot(
                repository: repository, commit: commit, rulesFrom: ledger.inForce ?? commit, cache: rulesCache, keep: true,
                known: lastSnapshot)
            if let refused = ledger.refused, let inForce = ledger.inForce {
                let notice = Message.rulesNotInForce(commit: refused.commit.short, reason: refused.reason, inForce: inForce.short)
                if !notices.contains(notice) { notices.append(notice) }
            }
        } else {
            snapshot = try Snapshot(repository: repository, commit: commit, cache: rulesCache, known: lastSnapshot)
        }
        lastSnapshot = snapshot
        return snapshot
    }

    /// The person acting: `explicitID` (from --as or GALLEY_USER), else, in a
    /// repository with a work tree, the person whose email is git's `user.email`.
    public func actor(explicitID: String?, in snapshot: Snapshot) throws(GalleyError) -> Person {
        if let explicitID {
            guard let person = snapshot.people.person(explicitID) else {
                throw GalleyError(.notFound, .unknownPerson(person: explicitID, known: snapshot.people.people.map(\.id)))
            }
            return person
        }
        guard !repository.isBare else {
            throw GalleyError(.notFound, .whoIsActing(email: nil, bare: true))
        }
        let email = try git("reading user.email", { () throws(GitError) in try repository.configValue("user.email") })
        guard let email, let person = snapshot.people.person(email: email) else {
            throw GalleyError(.notFound, .whoIsActing(email: email, bare: false))
        }
        return person
    }
}
