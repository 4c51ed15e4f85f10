import Foundation
import GitKit

/// Replays the newsroom branch oldest first and checks every commit against
/// the people, workflow and settings in force in its parent (design §4–§5).
/// History before the init commit (the one that adds galley.yaml) is trusted.
/// The replay streams: it holds one commit, its diff and the rules in force.
struct Verifier {
    let repository: Repository
    private(set) var rules: RulesInForce?
    private(set) var violations: [Violation] = []
    private(set) var commitsChecked = 0
    /// Parsed documents by blob id: a commit's new version is the next step's old one,
    /// so each version is parsed once. Bounded, so memory stays flat on long histories.
    private var documents: [ObjectID: ArticleDocument] = [:]
    private static let documentCacheLimit = 4_096

    init(repository: Repository, trusting start: RulesInForce? = nil) {
        self.repository = repository
        self.rules = start
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
            return
        }
        commitsChecked += 1
        let id = commit.id.hex
        if commit.parents.count > 1 {
            report(id, nil, .linearHistory, "merge commit: the newsroom branch must be linear (galley sync replays steps instead of merging)")
        }
        let changes = prepared.changes
        let message = CommitMessage.parse(commit.message)
        let person = try checkActor(commit, message, rules)

        var configChanged = false
        var articles: [String: [PathChange]] = [:]
        for change in changes {
            if RulesInForce.paths.contains(change.path) {
                configChanged = true
            } else if let article = Self.articleID(of: change.path) {
                articles[article, default: []].append(change)
            } else if change.path.hasPrefix(ArticleLayout.root + "/") {
                report(id, nil, .outsideWorkflow, "\(change.path) is not inside an article folder (articles/YYYY/MM/DD/<id>/)")
            }
        }

        var configAccepted = false
        if configChanged { configAccepted = checkConfigChange(commit, message, person, rules) }
        for (article, articleChanges) in articles.sorted(by: { $0.key < $1.key }) {
            try checkArticle(article, articleChanges, commit, message, person, rules)
        }
        if let trailers = message?.trailers, let named = trailers.article, articles[named] == nil {
            report(id, named, .trailerMismatch, "the trailers record '\(trailers.transition)' on \(named), but the commit does not change that article")
        }
        // An illegal change of people or rules never comes into force: later commits are
        // still judged by the rules it tried to replace (no self-promotion by plain git).
        var signingRequired = rules.config.signingRequired
        if configChanged && configAccepted {
            do {
                let next = try RulesInForce.load(repository, at: commit.id)
                // The commit that turns signing on is the first that must be signed.
                signingRequired = signingRequired || next.config.signingRequired
                self.rules = next
            } catch {
                report(id, nil, .corruptConfig, "after this commit the newsroom files do not load: \(error.message); the previous rules stay in force")
            }
        }
        try checkSignature(commit, message: message, people: rules.people, required: signingRequired, precomputed: prepared.signature)
    }

    // MARK: - Commit-level checks

    private mutating func checkInit(_ commit: Commit, signature: SignatureCheck?) throws(GalleyError) {
        let id = commit.id.hex
        let loaded: RulesInForce
        do {
            loaded = try RulesInForce.load(repository, at: commit.id)
        } catch {
            report(id, nil, .malformedInit, "the init commit does not hold a valid newsroom: \(error.message)")
            return
        }
        rules = loaded
        let message = CommitMessage.parse(commit.message)
        try checkSignature(commit, message: message, people: loaded.people, required: false, precomputed: signature)
        guard let trailers = message?.trailers, trailers.transition == "init" else {
            report(id, nil, .malformedInit, "the commit that adds galley.yaml must be a Galley init commit (Galley-Transition: init)")
            return
        }
        guard let admin = loaded.people.person(trailers.actor), admin.has(role: "admin") else {
            report(id, nil, .malformedInit, "the init commit's actor '\(trailers.actor)' is not an admin in the people.yaml it adds")
            return
        }
        if admin.email.lowercased() != commit.author.email.lowercased() {
            report(id, nil, .authorMismatch, "the init commit is authored by \(commit.author.email), not by \(admin.id) <\(admin.email)>")
        }
    }

    /// The person the trailers name, checked against the parent's people and the commit's author.
    private mutating func checkActor(_ commit: Commit, _ message: CommitMessage?, _ rules: RulesInForce) throws(GalleyError) -> Person? {
        guard let trailers = message?.trailers else { return nil }
        let id = commit.id.hex
        guard let person = rules.people.person(trailers.actor) else {
            report(id, trailers.article, .unknownActor, "Galley-Actor '\(trailers.actor)' is not in the people.yaml in force before this commit")
            return nil
        }
        if person.email.lowercased() != commit.author.email.lowercased() {
            report(
                id, trailers.article, .authorMismatch,
                "the trailers name \(person.id) <\(person.email)> but the commit is authored by \(commit.author.name) <\(commit.author.email)>")
        }
        guard person.active else {
            report(id, trailers.article, .unknownActor, "\(person.id) was deactivated before this commit and may take no step")
            return nil
        }
        return person
    }

    /// Whether the change of people or rules is legitimate (and so comes into force).
    private mutating func checkConfigChange(
        _ commit: Commit, _ message: CommitMessage?, _ person: Person?, _ rules: RulesInForce
    ) -> Bool {
        let id = commit.id.hex
        guard let trailers = message?.trailers, trailers.transition == "people" || trailers.transition == "config" else {
            report(id, nil, .adminOnly, "people.yaml, workflow.yaml or galley.yaml changed without a Galley people/config step")
            return false
        }
        guard let person else { return false }  // already reported by checkActor
        guard person.has(role: "admin") else {
            report(
                id, nil, .adminOnly,
                "\(person.id) changed the newsroom's people or rules without being an admin in the people.yaml in force before the change")
            return false
        }
        return true
    }

    // MARK: - Article checks

    private mutating func checkArticle(
        _ article: String, _ changes: [PathChange], _ commit: Commit, _ message: CommitMessage?, _ person: Person?,
        _ rules: RulesInForce
    ) throws(GalleyError) {
        let id = commit.id.hex
        let paths = changes.map(\.path).joined(separator: ", ")
        guard let message else {
            if let deleted = changes.first(where: { $0.status == .deleted && $0.path.hasSuffix("/\(ArticleLayout.fileName)") }) {
                report(id, article, .articleRemoved, "\(deleted.path) was deleted with plain git: articles are kept (retract or spike them instead)")
            } else {
                report(id, article, .outsideWorkflow, "\(paths) changed without a Galley step (plain git?)")
            }
            return
        }
        let trailers = message.trailers
        guard trailers.article == article else {
            report(id, article, .outsideWorkflow, "the commit records a step on \(trailers.article ?? "no article") but also changes \(paths)")
            return
        }
        guard let person else { return }  // unknown or inactive actor: already reported
        guard let index = changes.first(where: { $0.path.hasSuffix("/\(article)/\(ArticleLayout.fileName)") }) else {
            // Only assets beside index.md changed: an edit of the article's content.
            try checkAssetEdit(article, changes[0].path, commit, trailers, person, rules)
            return
        }
        if index.status == .deleted {
            report(id, article, .articleRemoved, "\(index.path) was deleted: articles are kept (retract or spike them instead)")
            return
        }
        guard let newDocument = try document(index.newBlob, path: index.path, commit: id, article: article) else { return }
        if newDocument.meta.id != article {
            report(id, article, .idMismatch, "front matter says id '\(newDocument.meta.id)' but the folder is '\(article)'")
        }
        let workflow = rules.workflow
        guard index.status != .added else {
            let permission = workflow.permission(trailers.transition, on: nil, by: person, note: message.note)
            if trailers.transition != Workflow.createTransition {
                report(id, article, .articleRemoved, "\(index.path) appeared with a '\(trailers.transition)' step: only create adds an article (moved?)")
            } else if case .refused(let reason) = permission {
                report(id, article, .notPermitted, reason)
            } else if newDocument.meta.state != workflow.initialState || trailers.to != newDocument.meta.state {
                report(id, article, .trailerMismatch, "a new article must start in '\(workflow.initialState ?? "?")'")
            } else if newDocument.meta.author != person.id {
                report(id, article, .protectedField, "the new article names author '\(newDocument.meta.author)' but was created by \(person.id)")
            }
            return
        }
        // Modified: the parent's version is trusted (it was checked when it was written).
        guard let oldBlob = index.oldBlob, let oldDocument = try trustedDocument(oldBlob, path: index.path) else { return }
        let old = oldDocument.meta
        let new = newDocument.meta
        let standing = ArticleStanding(id: article, state: old.state, author: old.author, approvals: old.approvals)
        for (field, changed) in [("id", old.id != new.id), ("author", old.author != new.author), ("created", old.created != new.created)]
        where changed {
            report(id, article, .protectedField, "'\(field)' changed from the value the article was created with")
        }
        let bodyChanged = oldDocument.body != newDocument.body || old.title != new.title

        if old.state != new.state || workflow.transition(named: trailers.transition, from: old.state)?.to == new.state {
            checkTransition(article, standing, old, new, bodyChanged, commit, message, person, workflow)
            return
        }
        guard trailers.transition == "revise" else {
            report(id, article, .trailerMismatch, "the trailers record '\(trailers.transition)' but the state stays '\(old.state)'")
            return
        }
        if trailers.from != old.state || trailers.to != new.state {
            report(id, article, .trailerMismatch, "revise trailers say \(trailers.from ?? "-") → \(trailers.to ?? "-"), the article is \(old.state)")
        }
        if workflow.editingRole(on: standing, for: person) == nil {
            report(
                id, article, .contentNotEditable,
                "\(person.id) edited '\(article)' while it was \(workflow.describe(old.state)); there its text may be edited by \(workflow.whoMayEdit(old.state))")
        }
        if old.approvals != new.approvals || old.corrections != new.corrections || old.draft != new.draft {
            report(id, article, .protectedField, "approvals, corrections or draft changed in a content revision")
        }
    }

    private mutating func checkTransition(
        _ article: String, _ standing: ArticleStanding, _ old: ArticleMeta, _ new: ArticleMeta, _ bodyChanged: Bool,
        _ commit: Commit, _ message: CommitMessage, _ person: Person, _ workflow: Workflow
    ) {
        let id = commit.id.hex
        let trailers = message.trailers
        guard trailers.from == old.state, trailers.to == new.state else {
            report(
                id, article, .trailerMismatch,
                "state changed \(old.state) → \(new.state) but the trailers say \(trailers.transition) \(trailers.from ?? "-") → \(trailers.to ?? "-")")
            return
        }
        switch workflow.permission(trailers.transition, on: standing, by: person, note: message.note, hasBody: bodyChanged) {
        case .refused(let reason):
            report(id, article, .notPermitted, reason)
        case .allowed(let transition, _):
            if transition.to != new.state {
                report(id, article, .trailerMismatch, "'\(transition.name)' from \(old.state) leads to \(transition.to), not \(new.state)")
            }
            if bodyChanged && !transition.requiresBody {
                report(id, article, .contentNotEditable, "the text changed in a '\(transition.name)' step, which carries no text")
            }
            var approvals = old.approvals
            if transition.isApproval { approvals.append(person.id) }
            if workflow.state(transition.to)?.edit.contains(Workflow.authorRelation) == true { approvals = [] }
            if approvals != new.approvals {
                report(id, article, .protectedField, "approvals should be [\(approvals.joined(separator: ", "))] after this step")
            }
            let draft = !(workflow.state(transition.to)?.isPublished ?? false)
            if new.draft != draft {
                report(id, article, .protectedField, "draft must be \(draft) in state \(transition.to)")
            }
            if transition.requiresBody {
                if new.corrections.count != old.corrections.count + 1 || new.corrections.dropLast() != old.corrections[...] {
                    report(id, article, .protectedField, "a '\(transition.name)' step must add exactly one entry to corrections")
                }
            } else if new.corrections != old.corrections {
                report(id, article, .protectedField, "corrections changed outside a correction")
            }
        }
    }

    private mutating func checkAssetEdit(
        _ article: String, _ assetPath: String, _ commit: Commit, _ trailers: GalleyTrailers, _ person: Person,
        _ rules: RulesInForce
    ) throws(GalleyError) {
        // The article's standing is read from the parent's index.md.
        let id = commit.id.hex
        guard trailers.transition == "revise", let parent = commit.parents.first else {
            report(id, article, .trailerMismatch, "files beside index.md changed in a '\(trailers.transition)' step")
            return
        }
        let folder = assetPath.split(separator: "/").prefix(5).joined(separator: "/")
        let path = "\(folder)/\(ArticleLayout.fileName)"
        guard let data = try git("reading", { () throws(GitError) in try repository.fileData(at: path, inCommit: parent) }),
            let document = try? ArticleDocument.parse(try TextInput.decode(data, what: path), path: path)
        else { return }
        let standing = ArticleStanding(id: article, state: document.meta.state, author: document.meta.author, approvals: document.meta.approvals)
        if rules.workflow.editingRole(on: standing, for: person) == nil {
            report(id, article, .contentNotEditable, "\(person.id) changed files of '\(article)' while it was \(rules.workflow.describe(standing.state))")
        }
    }

    // MARK: - Helpers

    private mutating func document(_ blob: ObjectID?, path: String, commit: String, article: String) throws(GalleyError) -> ArticleDocument? {
        guard let blob else { return nil }
        if let cached = documents[blob] { return cached }
        let data = try git("reading \(path)", { () throws(GitError) in try repository.blobData(blob) })
        do {
            let document = try ArticleDocument.parse(try TextInput.decode(data, what: path), path: path)
            remember(document, as: blob)
            return document
        } catch {
            report(commit, article, .corruptArticle, "the article no longer parses: \(error.message)")
            return nil
        }
    }

    /// A version from the parent commit: already judged, so a parse failure was reported then.
    private mutating func trustedDocument(_ blob: ObjectID, path: String) throws(GalleyError) -> ArticleDocument? {
        if let cached = documents.removeValue(forKey: blob) { return cached }
        let data = try git("reading \(path)", { () throws(GitError) in try repository.blobData(blob) })
        return try? ArticleDocument.parse(try TextInput.decode(data, what: path), path: path)
    }

    private mutating func remember(_ document: ArticleDocument, as blob: ObjectID) {
        if documents.count >= Self.documentCacheLimit { documents.removeAll(keepingCapacity: true) }
        documents[blob] = document
    }

    mutating func report(_ commit: String, _ article: String?, _ rule: Violation.Rule, _ message: String) {
        violations.append(Violation(commit: commit, article: article, rule: rule, message: message))
    }

    /// `articles/YYYY/MM/DD/<id>/…` → id.
    static func articleID(of path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 6, parts[0] == ArticleLayout.root else { return nil }
        return String(parts[4])
    }

    private func tree(_ tree: ObjectID, has path: String) throws(GalleyError) -> Bool {
        try git("reading tree", { () throws(GitError) in try repository.treeEntries(ofTree: tree) }).contains { $0.name == path }
    }
}
