import Foundation
import GitKit

/// Replays the newsroom branch oldest first and proves every commit after init
/// is exactly one legal step (design §7): it derives the step the trailers
/// claim, recomputes with `StepSemantics` what Galley would have written on the
/// parent under the rules in force there, and requires the commit to be that —
/// the same paths, regular files only, the same bytes of front matter, the text
/// free only where the step carries text. History before the init commit (the
/// one that adds galley.yaml) is trusted. The replay streams: it holds one
/// commit, its changes, the rules in force and the set of article ids.
struct Verifier {
    let repository: Repository
    private(set) var rules: RulesInForce?
    private(set) var violations: [Violation] = []
    private(set) var commitsChecked = 0
    var directory: ArticleDirectory
    /// Parsed documents by blob id: a commit's new version is the next step's old one,
    /// so each version is parsed once. Bounded, so memory stays flat on long histories.
    var documents: [ObjectID: ArticleDocument] = [:]
    static let documentCacheLimit = 4_096
    /// Who the central server says pushed these commits (the hook only): every unsigned step must be theirs.
    let pusher: Pusher?

    /// `start`: the rules in force at a trusted commit and its tree, where the replay begins;
    /// `directoryCache` (the hook's) holds that tree's article folders.
    init(
        repository: Repository, trusting start: (rules: RulesInForce, tree: ObjectID)? = nil, pusher: Pusher? = nil,
        directoryCache: DirectoryCache? = nil
    ) {
        self.repository = repository
        self.pusher = pusher
        self.rules = start?.rules
        directory = ArticleDirectory(repository: repository, baseTree: start?.tree, cache: start == nil ? nil : directoryCache)
    }

    /// Checks one commit, reading its changes here (see `HistoryPrefetch` for a whole range).
    mutating func check(_ commit: Commit) throws(GalleyError) {
        try check(try PreparedCommit.read(commit, in: repository))
    }

    mutating func check(_ prepared: PreparedCommit) throws(GalleyError) {
        let commit = prepared.commit
        guard let rules else {
            // Before the init commit: trusted as it is, until the commit that adds galley.yaml.
            guard try tree(commit.tree, has: NewsroomConfig.path) else { return }
            commitsChecked += 1
            try checkInit(commit, signature: prepared.signature)
            directory = ArticleDirectory(repository: repository, baseTree: commit.tree)
            return
        }
        commitsChecked += 1
        let before = violations.count
        let id = commit.id.hex
        if commit.parents.count > 1 {
            report(id, nil, .linearHistory, .mergeCommit)
        }
        let changes = prepared.changes
        checkFileTypes(changes, commit: id)
        let message = CommitMessage.parse(commit.message)
        var next: RulesInForce?
        if let message {
            let person = checkActor(commit, message, rules)
            let name = message.trailers.transition
            if name == StepName.initialize {
                report(id, nil, .trailerMismatch, .secondInit)
            } else if StepName.adminSteps.contains(name) {
                next = checkAdminStep(commit, message, person, changes, rules)
            } else {
                try checkArticleStep(commit, message, person, changes, rules)
            }
        } else {
            checkUntrailed(changes, commit: id)
        }
        // The commit that turns signing on is the first that must be signed.
        let signingRequired = rules.config.signingRequired || (next?.config.signingRequired ?? false)
        let signed = try checkSignature(
            commit, message: message, people: rules.people, required: signingRequired, precomputed: prepared.signature)
        if !signed, let message { checkPusher(commit, message, rules.people) }
        // An illegal change of people or rules never comes into force: later commits are still
        // judged by the rules it tried to replace (no self-promotion by plain git).
        if let next, violations.count == before { self.rules = next }
        directory.follow(changes)
    }

    // MARK: - Commit-level checks

    private mutating func checkInit(_ commit: Commit, signature: SignatureCheck?) throws(GalleyError) {
        let id = commit.id.hex
        let loaded: RulesInForce
        do {
            loaded = try RulesInForce.load(repository, at: commit.id)
        } catch {
            report(id, nil, .malformedInit, .initInvalid(reason: .init(error)))
            return
        }
        rules = loaded
        let message = CommitMessage.parse(commit.message)
        // A newsroom that is signed from init (`galley init --admin-key`) must have a signed init commit.
        let signed = try checkSignature(
            commit, message: message, people: loaded.people, required: loaded.config.signingRequired, precomputed: signature)
        if !signed, let message { checkPusher(commit, message, loaded.people) }
        guard let trailers = message?.trailers, trailers.transition == StepName.initialize else {
            report(id, nil, .malformedInit, .initNotInitStep)
            return
        }
        guard let admin = loaded.people.person(trailers.actor), admin.has(role: AdminRule.role) else {
            report(id, nil, .malformedInit, .initActorNotAdmin(actor: trailers.actor))
            return
        }
        if admin.email.lowercased() != commit.author.email.lowercased() {
            report(id, nil, .authorMismatch, .initAuthorMismatch(authorEmail: commit.author.email, admin: admin.id, adminEmail: admin.email))
        }
    }

    /// The person the trailers name, checked against the parent's people and the commit's author.
    private mutating func checkActor(_ commit: Commit, _ message: CommitMessage, _ rules: RulesInForce) -> Person? {
        let trailers = message.trailers
        let id = commit.id.hex
        guard let person = rules.people.person(trailers.actor) else {
            report(id, trailers.article, .unknownActor, .unknownActor(actor: trailers.actor))
            return nil
        }
        if person.email.lowercased() != commit.author.email.lowercased() {
            report(
                id, trailers.article, .authorMismatch,
                .authorMismatch(person: person.id, email: person.email, authorName: commit.author.name, authorEmail: commit.author.email))
        }
        guard person.active else {
            report(id, trailers.article, .unknownActor, .deactivatedActor(person: person.id))
            return nil
        }
        return person
    }

    /// Galley writes regular files (100644) only: a symlink can point out of the repository
    /// (`/etc/passwd` served as a photo), a gitlink hides content, an executable bit runs.
    private mutating func checkFileTypes(_ changes: [PathChange], commit id: String) {
        for change in changes {
            guard let mode = change.newMode, mode != PathChange.regularFileMode else { continue }
            let kind: ViolationMessage.FileKind
            switch mode {
            case 0o120000: kind = .symbolicLink
            case 0o160000: kind = .gitlink
            case 0o100755: kind = .executable
            default: kind = .other(mode: String(mode, radix: 8))
            }
            report(id, Self.article(of: change.path), .fileType, .fileType(path: change.path, kind: kind))
        }
    }

    /// A commit without Galley's trailers is no step at all: whatever it changes is a violation.
    private mutating func checkUntrailed(_ changes: [PathChange], commit id: String) {
        guard !changes.isEmpty else {
            report(id, nil, .outsideWorkflow, .untrailedEmptyCommit)
            return
        }
        var articles: [String: [PathChange]] = [:]
        var rulesFiles: [String] = []
        var others: [String] = []
        for change in changes {
            switch NewsroomPath(change.path) {
            case .rules(let file): rulesFiles.append(file)
            case .article(let article, _): articles[article, default: []].append(change)
            case .strayArticleFile, .site: others.append(change.path)
            }
        }
        if !rulesFiles.isEmpty {
            report(id, nil, .adminOnly, .rulesChangedWithoutStep(files: rulesFiles))
        }
        for (article, articleChanges) in articles.sorted(by: { $0.key < $1.key }) {
            if let deleted = articleChanges.first(where: { $0.status == .deleted && $0.path.hasSuffix("/\(ArticleLayout.fileName)") }) {
                report(id, article, .articleRemoved, .articleDeletedWithPlainGit(path: deleted.path))
            } else {
                report(id, article, .outsideWorkflow, .articleChangedWithoutStep(paths: articleChanges.map(\.path)))
            }
        }
        if !others.isEmpty {
            report(id, nil, .outsideWorkflow, .filesChangedWithoutStep(paths: others))
        }
    }

    // MARK: - Helpers

    mutating func report(_ commit: String, _ article: String?, _ rule: Violation.Rule, _ detail: ViolationMessage) {
        violations.append(Violation(commit: commit, article: article, rule: rule, detail: detail))
    }

    /// A step `StepSemantics` (or a rules check) refuses, in its own words.
    mutating func report(_ commit: String, _ article: String?, _ refusal: StepRefusal) {
        report(commit, article, refusal.rule, .refused(.init(refusal)))
    }

    /// `articles/YYYY/MM/DD/<id>/…` → id.
    static func article(of path: String) -> String? {
        if case .article(let id, _) = NewsroomPath(path) { return id }
        return nil
    }

    private func tree(_ tree: ObjectID, has path: String) throws(GalleyError) -> Bool {
        try git("reading tree", { () throws(GitError) in try repository.treeEntries(ofTree: tree) }).contains { $0.name == path }
    }
}
