import Foundation
import GitKit

/// Re-execution of a step on an article: the commit must change exactly the
/// article's `index.md` (a create: add it at its creation day's folder), and
/// its bytes must be what `StepSemantics` writes for the claimed step on the
/// parent's version, with the commit's author time as the step's time.
extension Verifier {
    mutating func checkArticleStep(
        _ commit: Commit, _ message: CommitMessage, _ person: Person?, _ changes: [PathChange], _ rules: RulesInForce
    ) throws(GalleyError) {
        let id = commit.id.hex
        let trailers = message.trailers
        let name = trailers.transition
        guard let article = trailers.article, ArticleID.isValid(article) else {
            report(id, nil, .trailerMismatch, .articleNotNamed(step: name))
            return
        }
        let kind = ArticleStep.Kind(name: name)
        if kind == .comment { return try checkComment(commit, message, person, changes, rules, article: article) }
        // Every changed path must belong to this article's index.md; find that one change first.
        let target = changes.first { change in
            guard case .article(article, let folder) = NewsroomPath(change.path), change.path == folder + "/" + ArticleLayout.fileName
            else { return false }
            return kind == .create ? change.status == .added : change.oldBlob != nil
        }
        // An attach or detach also adds or removes one file directly in the article's folder; a correction may replace one.
        let bundleChanges = Self.bundleChanges(kind, changes, of: article)
        let bundleChange = bundleChanges.first
        for change in changes where change.path != target?.path && !bundleChanges.contains(where: { $0.path == change.path }) {
            reportUnexplained(change, step: name, article: article, commit: id)
        }
        guard let target else {
            if changes.isEmpty {
                report(id, article, .trailerMismatch, .articleNotChanged(step: name, article: article))
            } else if !bundleChanges.isEmpty {
                // A file beside index.md is written only with its entry in index.md's `resources:`.
                report(
                    id, article, .badAttachment,
                    .filesBesideUnchangedIndex(paths: bundleChanges.map(\.path), step: name, article: article))
            }
            return
        }
        guard let person else { return }  // unknown or inactive actor: already reported
        if target.status == .deleted {
            report(id, article, .articleRemoved, .articleDeleted(path: target.path))
            return
        }
        guard target.newMode == PathChange.regularFileMode, let newBlob = target.newBlob else { return }  // reported by checkFileTypes
        let current: StoredArticle?
        if kind == .create {
            current = try directory.path(of: article).map { StoredArticle(path: $0, document: placeholder(article)) }
        } else {
            guard let oldBlob = target.oldBlob, let old = try trustedDocument(oldBlob, path: target.path) else { return }
            current = StoredArticle(path: target.path, document: old)
        }
        if case .transition = kind, bundleChanges.isEmpty, let current,
            try acceptsPredicted(kind, article: article, on: current, commit: commit, message: message, person: person, rules: rules, writes: newBlob)
        {
            return
        }
        let data = try git("reading \(target.path)", { () throws(GitError) in try repository.blobData(newBlob) })
        guard let written = document(data, blob: newBlob, path: target.path, commit: id, article: article) else { return }

        var attachment: AttachmentChange?
        if kind.isTransition, !bundleChanges.isEmpty {
            attachment = try replacement(bundleChanges, written: written)
        }
        if kind == .attach || kind == .detach {
            guard let bundleChange else {
                report(id, article, .trailerMismatch, .noFileBesideIndex(step: name, adds: kind == .attach))
                return
            }
            attachment = try attachmentChange(kind, bundleChange, written: written, commit: id, article: article)
            guard attachment != nil else { return }
        }
        let parameters = Self.parameters(of: kind, writing: written, on: current, workflow: rules.workflow)
        let step = ArticleStep(
            kind: kind, article: article, actor: person, note: message.note, time: Self.time(of: commit),
            content: parameters.carriesText ? ArticleContent(of: written) : nil, publishAt: parameters.publishAt,
            embargoUntil: parameters.embargoUntil, assignee: kind == .assign ? written.meta.assignee : nil, attachment: attachment)
        let outcome: StepOutcome
        switch StepSemantics.apply(step, to: current, under: rules) {
        case .failure(let refusal) where refusal.rule == .noChange:
            // The text is unchanged, yet the file changed: say which recorded field was touched.
            guard var unchanged = current?.document else { return }
            unchanged.meta.updated = step.time
            if !diagnose(written, expected: unchanged, step: name, commit: id, article: article) {
                report(id, article, refusal)
            }
            return
        case .failure(let refusal):
            report(id, article, refusal)
            return
        case .success(let result):
            outcome = result
        }
        if outcome.path != target.path {
            report(id, article, .unexplainedChange, .wrongArticlePath(path: target.path, step: name, article: article, expected: outcome.path))
            return
        }
        let filesWritten = Self.sorted(bundleChanges.map { ViolationMessage.BundleFile(path: $0.path, removed: $0.status == .deleted) })
        let filesExpected = Self.sorted(outcome.files.map { ViolationMessage.BundleFile(path: $0.path, removed: $0.data == nil) })
        if filesWritten != filesExpected {
            report(id, article, .badAttachment, .bundleFilesDiffer(written: filesWritten, expected: filesExpected, step: name))
            return
        }
        compareTrailers(trailers, outcome.trailers, commit: id, article: article)
        guard !Self.isWritten(outcome.document, as: data) else { return }
        if !diagnose(written, expected: outcome.document, step: name, commit: id, article: article) {
            report(id, article, .noncanonicalDocument, .noncanonicalDocument)
        }
    }

    /// Says which part of the file differs from what the step writes; false when the fields all agree.
    /// `updated` (the step's time) is named only when nothing else differs: a hand-made commit rarely
    /// gets it right, and the real change is the news.
    @discardableResult
    private mutating func diagnose(_ written: ArticleDocument, expected: ArticleDocument, step name: String, commit id: String, article: String) -> Bool {
        if written.meta.id != article {
            report(id, article, .idMismatch, .idMismatch(written: written.meta.id, folder: article))
            return true
        }
        var found = false
        if written.meta.state != expected.meta.state {
            report(id, article, .trailerMismatch, .stateMismatch(step: name, expected: expected.meta.state, written: written.meta.state))
            found = true
        }
        var content = written.meta.contentDifferences(from: expected.meta)
        if written.body != expected.body { content.append("body") }
        if !content.isEmpty {
            report(id, article, .contentNotEditable, .textChanged(fields: content, step: name))
            found = true
        }
        var record = written.meta.recordDifferences(from: expected.meta).filter { $0 != "state" }
        if found || record.count > 1 { record.removeAll { $0 == "updated" } }
        if !record.isEmpty {
            let detail: ViolationMessage = record == ["updated"]
                ? .updatedNotStepTime(time: expected.meta.updated?.iso8601 ?? "")
                : .protectedFields(fields: record, step: name)
            report(id, article, .protectedField, detail)
            found = true
        }
        return found
    }

    mutating func compareTrailers(_ claimed: GalleyTrailers, _ written: GalleyTrailers, commit id: String, article: String) {
        if claimed.from != written.from || claimed.to != written.to || claimed.transition != written.transition {
            report(
                id, article, .trailerMismatch,
                .trailerStates(
                    claimedStep: claimed.transition, claimedFrom: claimed.from, claimedTo: claimed.to,
                    step: written.transition, from: written.from, to: written.to))
        }
        if claimed.role != written.role {
            report(id, article, .wrongRole, .wrongRole(claimed: claimed.role, actor: claimed.actor, role: written.role))
        }
    }

    /// A changed path that the article's step does not write.
    private mutating func reportUnexplained(_ change: PathChange, step name: String, article: String, commit id: String) {
        switch NewsroomPath(change.path) {
        case .rules(let file):
            report(id, nil, .adminOnly, .rulesFileInArticleStep(file: file, step: name))
        case .article(let other, let folder):
            if change.status == .deleted && change.path == folder + "/" + ArticleLayout.fileName {
                report(id, other, .articleRemoved, .articleMovedInStep(path: change.path, step: name, article: article))
            } else {
                report(id, other, .unexplainedChange, .notWrittenByArticleStep(path: change.path, step: name, article: article))
            }
        case .strayArticleFile:
            report(id, article, .unexplainedChange, .strayArticleFile(path: change.path))
        case .site:
            report(id, article, .unexplainedChange, .outsideArticles(path: change.path))
        }
    }

    /// Whether `data` is byte for byte what Galley writes for `document`. The small front matter
    /// is rendered and the body compared in place (no copy of a long text); only when that differs
    /// is the whole document rendered, since `rendered()` also canonicalises the body.
    static func isWritten(_ document: ArticleDocument, as data: Data) -> Bool {
        var head = document.renderedFrontMatter()
        var body = document.body
        let quick = head.withUTF8 { headBytes in
            body.withUTF8 { bodyBytes in
                guard data.count == headBytes.count + bodyBytes.count else { return false }
                return data.withUnsafeBytes { raw in
                    Self.same(raw, headBytes, at: 0) && Self.same(raw, bodyBytes, at: headBytes.count)
                }
            }
        }
        return quick || data == Data(document.rendered().utf8)
    }

    /// Whether `raw` holds `bytes` at `offset` (the caller checked the lengths).
    private static func same(_ raw: UnsafeRawBufferPointer, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard let base = raw.baseAddress, let other = bytes.baseAddress else { return bytes.isEmpty }
        return memcmp(base + offset, other, bytes.count) == 0
    }

    /// Files beside index.md in the order verify has always listed them: by path, a removal marked " (removed)".
    static func sorted(_ files: [ViolationMessage.BundleFile]) -> [ViolationMessage.BundleFile] {
        func key(_ file: ViolationMessage.BundleFile) -> String { file.path + (file.removed ? " (removed)" : "") }
        var seen = Set<String>()
        return files.filter { seen.insert(key($0)).inserted }.sorted { key($0) < key($1) }
    }

    /// The step's time as Galley records it: the commit's author time and offset.
    static func time(of commit: Commit) -> Timestamp {
        Timestamp(date: commit.author.time, offsetSeconds: commit.author.offsetMinutes * 60)
    }

    /// Stands for an existing article a create collides with: only its existence matters.
    private func placeholder(_ article: String) -> ArticleDocument {
        ArticleDocument(meta: ArticleMeta(id: article, title: article, state: "", author: "", created: Timestamp(date: Date(timeIntervalSince1970: 0), offsetSeconds: 0)), body: "")
    }

    // MARK: - Documents

    /// The commit's new version; a parse failure is the commit's violation.
    private mutating func document(_ data: Data, blob: ObjectID, path: String, commit: String, article: String) -> ArticleDocument? {
        if let cached = documents[blob] { return cached }
        do {
            let document = try ArticleDocument.parse(try TextInput.decode(data, what: path), path: path)
            remember(document, as: blob)
            return document
        } catch {
            report(commit, article, .corruptArticle, .corruptArticle(reason: .init(error)))
            return nil
        }
    }

    /// Keeps a version for the next step on the article, which finds it by blob id.
    mutating func remember(_ document: ArticleDocument, as blob: ObjectID) {
        if documents.count >= Self.documentCacheLimit { documents.removeAll(keepingCapacity: true) }
        documents[blob] = document
    }

    /// A version from the parent commit: already judged, so a parse failure was reported then.
    private mutating func trustedDocument(_ blob: ObjectID, path: String) throws(GalleyError) -> ArticleDocument? {
        if let cached = documents.removeValue(forKey: blob) { return cached }
        let data = try git("reading \(path)", { () throws(GitError) in try repository.blobData(blob) })
        return try? ArticleDocument.parse(try TextInput.decode(data, what: path), path: path)
    }
}
