import Foundation
import GitKit

extension Newsroom {
    static let conflictPrefix = "refs/galley/conflicts/"

    /// Stores `commit` as the next conflict of its article; returns the reference.
    func keepConflict(_ commit: Commit, article: String?) throws(GalleyError) -> String {
        let repository = self.repository
        let folder = article ?? "newsroom"
        let existing = try git("listing conflicts", { () throws(GitError) in
            try repository.references(matching: "\(Self.conflictPrefix)\(folder)/*")
        })
        let next = (existing.compactMap { Int($0.name.split(separator: "/").last ?? "") }.max() ?? 0) + 1
        let reference = "\(Self.conflictPrefix)\(folder)/\(next)"
        try git("keeping the step \(commit.id.short)", { () throws(GitError) in
            try repository.setReference(reference, to: commit.id, logMessage: "galley: kept by sync")
        })
        return reference
    }

    /// Every kept conflict, by article and number.
    public func keptConflicts() throws(GalleyError) -> [KeptConflict] {
        let repository = self.repository
        let references = try git("listing conflicts", { () throws(GitError) in try repository.references(matching: "\(Self.conflictPrefix)*") })
        var result: [KeptConflict] = []
        for (name, target) in references {
            let parts = name.dropFirst(Self.conflictPrefix.count).split(separator: "/")
            guard parts.count == 2, let number = Int(parts[1]) else { continue }
            let commit = try git("reading \(name)", { () throws(GitError) in try repository.commit(target) })
            let message = CommitMessage.parse(commit.message)
            result.append(KeptConflict(
                reference: name, article: String(parts[0]), number: number, commit: target,
                subject: message?.subject ?? String(commit.message.prefix { $0 != "\n" }), actor: message?.trailers.actor,
                transition: message?.trailers.transition, time: commit.author.time))
        }
        return result.sorted { ($0.article, $0.number) < ($1.article, $1.number) }
    }

    /// The kept conflict for `article` (number `number`, default the oldest).
    public func keptConflict(_ article: String, number: Int? = nil) throws(GalleyError) -> KeptConflict {
        let all = try keptConflicts().filter { $0.article == article }
        guard let found = number.map({ n in all.first { $0.number == n } }) ?? all.first else {
            throw GalleyError(.notFound, .lookup(.noKeptStep(article: article, number: number)))
        }
        return found
    }

    /// The article as it stands now with the kept step's text merged in paragraph by paragraph;
    /// where both changed the same passage, both versions stand between markers.
    public func conflictText(_ conflict: KeptConflict) throws(GalleyError) -> (text: String, overlaps: Int, changesText: Bool) {
        let repository = self.repository
        let commit = try git("reading \(conflict.reference)", { () throws(GitError) in try repository.commit(conflict.commit) })
        guard let parent = commit.parents.first else { throw GalleyError(.failure, .lookup(.keptStepHasNoParent(reference: conflict.reference))) }
        let mineSnapshot = try Snapshot(repository: repository, commit: commit.id)
        guard let path = try mineSnapshot.path(ofArticle: conflict.article) else {
            throw GalleyError(.notFound, .lookup(.keptStepHoldsNoArticle(reference: conflict.reference, article: conflict.article)))
        }
        let mine = try mineSnapshot.article(at: path).document
        let base = try Snapshot(repository: repository, commit: parent).path(ofArticle: conflict.article)
            .map { (p) throws(GalleyError) in try Snapshot(repository: repository, commit: parent).article(at: p).document }
        guard let current = try snapshot().path(ofArticle: conflict.article).map({ (p) throws(GalleyError) in try snapshot().article(at: p) }) else {
            return (mine.rendered(), 0, true)
        }
        let origin = base ?? mine
        let changesText = origin.body != mine.body || origin.meta.title != mine.meta.title
        let merged = ParagraphMerge.merge(
            base: origin.body, mine: mine.body, theirs: current.document.body,
            mineLabel: "yours (\(conflict.actor ?? "?"), \(conflict.subject))", theirsLabel: "central")
        var document = current.document
        document.body = merged.text
        if mine.meta.title != origin.meta.title && current.document.meta.title == origin.meta.title { document.meta.title = mine.meta.title }
        return (document.rendered(), merged.conflicts, changesText)
    }

    /// Forgets a kept step.
    public func dropConflict(_ conflict: KeptConflict) throws(GalleyError) {
        let repository = self.repository
        try git("dropping \(conflict.reference)", { () throws(GitError) in try repository.deleteReference(conflict.reference) })
    }

    /// Applies a kept step again on the current tip, as a new step by the acting person: its text
    /// (merged, or `body` when given) as a revision, or — for a step that changed no text — the
    /// same transition, when it is still allowed. A created article whose id was taken is created anew.
    public func resolveConflict(_ conflict: KeptConflict, body given: String?, actorID: String?) throws(GalleyError) -> RecordedStep? {
        // `conflicts show > bai.md` prints the whole article: given back, its body is the text.
        let body = try given.map { (text) throws(GalleyError) in
            let normalized = ArticleBody.normalized(text)
            return ArticleBody.opensWithFrontMatter(normalized) ? try Self.bodyOf(normalized, path: conflict.article) : text
        }
        let merged = try conflictText(conflict)
        let step: RecordedStep?
        if conflict.transition == Workflow.createTransition {
            let repository = self.repository
            let commit = try Snapshot(repository: repository, commit: conflict.commit)
            guard let path = try commit.path(ofArticle: conflict.article) else { throw GalleyError(.notFound, .lookup(.nothingKept(reference: conflict.reference))) }
            let meta = try commit.article(at: path).document
            step = try create(
                NewArticle(
                    title: meta.meta.title, section: meta.meta.section, tags: meta.meta.tags, byline: meta.meta.byline, summary: meta.meta.summary,
                    source: meta.meta.source, sourceURL: meta.meta.sourceURL, body: body ?? meta.body),
                actorID: actorID)
        } else if merged.changesText || body != nil {
            if body == nil && merged.overlaps > 0 {
                throw .refused(
                    "your text and the central text changed the same passage (\(merged.overlaps) place\(merged.overlaps == 1 ? "" : "s")): run `galley conflicts show \(conflict.article) > bai.md`, keep what you want between the <<<<<<< and >>>>>>> markers, then `galley conflicts resolve \(conflict.article) --body-file bai.md`")
            }
            let text: String
            if let body { text = body } else { text = try Self.bodyOf(merged.text, path: conflict.article) }
            step = try save(conflict.article, content: .body(text), actorID: actorID)
        } else {
            guard let transition = conflict.transition else { throw GalleyError(.refused, .lookup(.keptStepNotAGalleyStep(reference: conflict.reference))) }
            let note = CommitMessage.parse(try git("reading", { () throws(GitError) in try self.repository.commit(conflict.commit) }).message)?.note
            // The kept step's times travel with it: an embargo's `--until`, a publication's `--at`.
            let kept = try keptDocument(conflict)
            if transition == StepName.embargo {
                step = try embargo(conflict.article, until: kept?.meta.embargo?.iso8601, note: note, actorID: actorID)
            } else if transition == StepName.assign {
                step = try assign(conflict.article, to: kept?.meta.assignee, note: note, actorID: actorID)
            } else if transition == StepName.comment {
                step = try comment(conflict.article, note: note ?? "", actorID: actorID)
            } else {
                // Only a publishDate the kept step wrote is its `--at`; one the article already had is not.
                let standing = try show(conflict.article).article.document.meta.publishDate
                let publishAt = kept?.meta.publishDate == standing ? nil : kept?.meta.publishDate?.iso8601
                step = try self.transition(conflict.article, transition, note: note, publishAt: publishAt, actorID: actorID)
            }
        }
        try dropConflict(conflict)
        return step
    }

    /// The article as the kept commit wrote it; nil when that commit has no such article.
    private func keptDocument(_ conflict: KeptConflict) throws(GalleyError) -> ArticleDocument? {
        let commit = try Snapshot(repository: repository, commit: conflict.commit)
        guard let path = try commit.path(ofArticle: conflict.article) else { return nil }
        return try commit.article(at: path).document
    }

    private static func bodyOf(_ text: String, path: String) throws(GalleyError) -> String {
        try ArticleDocument.parse(text, path: path).body
    }
}
